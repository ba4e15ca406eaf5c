import picomatch from 'picomatch';
import type { Task } from '../core/task.js';
import { pathsNamedIn } from '../core/task-paths.js';
import type { Workspace } from './workspace.js';

export interface ContextFile {
  readonly path: string;
  readonly content: string;
  /** Why it was included: named in the task, or in the persona's lane. */
  readonly reason: 'named' | 'in-lane';
}

export interface GatheredContext {
  readonly files: readonly ContextFile[];
  readonly tokens: number;
  /** Files that fit the criteria but not the budget: the persona is told they exist. */
  readonly omitted: readonly string[];
}

/** About four characters a token: good enough to keep a prompt inside its budget. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

const TEXT_FILE =
  /\.(md|markdown|txt|html?|php|js|mjs|ts|tsx|jsx|css|scss|json|ya?ml|xml|svg|py|rb|go|rs|java|twig|vue|svelte)$/i;

/**
 * Gather what the persona should read, inside the token budget: first the files the task
 * names, then text files in the persona's write lane, smallest first so more of them fit.
 * (The retrieval layer will replace the second step with relevance ranking.)
 */
export async function gatherContext(options: {
  workspace: Workspace;
  task: Task;
  laneGlobs: readonly string[];
  maxTokens: number;
}): Promise<GatheredContext> {
  const all = await options.workspace.listFiles();
  const present = new Set(all);
  const named = pathsNamedIn(`${options.task.title}\n${options.task.body}`).filter((p) =>
    present.has(p),
  );
  const inLane = options.laneGlobs.length
    ? picomatch([...options.laneGlobs], { dot: false })
    : () => false;
  const lane = all.filter((p) => !named.includes(p) && TEXT_FILE.test(p) && inLane(p));

  const files: ContextFile[] = [];
  const omitted: string[] = [];
  let tokens = 0;
  const candidates: { path: string; reason: ContextFile['reason']; content: string }[] = [];
  for (const path of named) {
    const content = await options.workspace.readFile(path);
    if (content !== undefined) candidates.push({ path, reason: 'named', content });
  }
  const laneFiles: typeof candidates = [];
  for (const path of lane) {
    const content = await options.workspace.readFile(path);
    if (content !== undefined) laneFiles.push({ path, reason: 'in-lane', content });
  }
  laneFiles.sort((a, b) => a.content.length - b.content.length || a.path.localeCompare(b.path));
  for (const c of [...candidates, ...laneFiles]) {
    const cost = estimateTokens(c.content) + 20;
    if (tokens + cost > options.maxTokens) {
      omitted.push(c.path);
      continue;
    }
    tokens += cost;
    files.push(c);
  }
  return { files, tokens, omitted };
}
