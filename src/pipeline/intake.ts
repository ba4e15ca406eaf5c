import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import { mergeHidden } from '../core/hidden-text.js';
import { sanitizeUntrusted } from '../core/sanitize.js';
import { Task, taskKey } from '../core/task.js';
import { Size, Slug } from '../core/work.js';
import { parseEstimate } from '../routing/classify-task.js';
import { parseYamlWith, splitFrontMatter } from '../core/yaml-source.js';

/** Minutes written as a duration (`90m`, `2h`, `1h30m`: `parseEstimate`), whole and positive. */
const Duration = z.string().transform((text, ctx) => {
  const minutes = parseEstimate(text);
  if (typeof minutes === 'number') return minutes;
  ctx.addIssue({ code: 'custom', message: 'a duration such as 90m, 2h or 1h30m' });
  return z.NEVER;
});

/** Front matter of a task file (the local path's equivalent of an issue). */
export const TaskFileFrontMatter = z
  .object({
    title: z.string().min(1),
    labels: z.array(z.string()).default([]),
    client: z.string().optional(),
    estimate: z
      .union([Size, z.number().int().positive(), Duration])
      .optional()
      .describe('By-hand size S/M/L, or minutes (a number, or a duration such as 90m or 2h)'),
    kind: Slug.optional(),
    requestedBy: z.string().optional(),
  })
  .strict();

/** Build the Task both paths share from already-fetched text: hash, then sanitise. */
export function buildTask(input: {
  id: string;
  source: Task['source'];
  title: string;
  body: string;
  labels: readonly string[];
  client?: string | undefined;
  estimate?: Task['estimate'];
  kind?: string | undefined;
  author?: string | undefined;
  requestedBy: string;
  receivedAt: Date;
}): Task {
  // The hash is of the text as received, so an edit after the label is applied is detectable.
  const textHash = sha256(`${input.title}\n\n${input.body}`);
  const title = sanitizeUntrusted(input.title);
  const body = sanitizeUntrusted(input.body);
  return Task.parse({
    id: input.id,
    key: taskKey(input.id),
    source: input.source,
    title: title.text.trim() || '(untitled)',
    body: body.text,
    labels: [...input.labels],
    client: input.client,
    estimate: input.estimate,
    kind: input.kind,
    author: input.author,
    requestedBy: input.requestedBy,
    textHash,
    removed: [...title.removed, ...body.removed],
    hidden: mergeHidden(title.hidden, body.hidden),
    receivedAt: input.receivedAt.toISOString(),
  });
}

/** Read a task file. `repoName` scopes the id: `local/<repoName>#<file stem>`. */
/** A task file's path as entries and PRs show it: relative to the repository, else its name. */
export function recordedPath(file: string, repoDir: string | undefined): string {
  if (repoDir) {
    const rel = relative(resolve(repoDir), resolve(file));
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return basename(file);
}

export async function taskFromFile(
  file: string,
  options: {
    repoName: string;
    requestedBy: string;
    now: Date;
    /** The repository the task is for: the file is recorded relative to it. */
    repoDir?: string | undefined;
  },
): Promise<Task> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new InputError(`Cannot read the task file ${file}.`, [], {
      cause,
      hint: 'Check the path.',
    });
  }
  const doc = splitFrontMatter(text, file);
  const front = parseYamlWith(TaskFileFrontMatter, doc.frontMatter, file, {
    lineOffset: doc.frontMatterLineOffset,
    what: 'task file',
  });
  const stem = basename(file).replace(/\.(md|markdown)$/i, '');
  return buildTask({
    id: `local/${options.repoName}#${stem}`,
    // Never the consultant's absolute path: relative to the repository, else the file's name.
    source: { type: 'file', path: recordedPath(file, options.repoDir), repo: options.repoName },
    title: front.title,
    body: doc.body,
    labels: front.labels,
    client: front.client,
    estimate: front.estimate,
    kind: front.kind,
    requestedBy: front.requestedBy ?? options.requestedBy,
    receivedAt: options.now,
  });
}
