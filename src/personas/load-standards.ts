import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { InputError, type InputIssue } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import { Slug } from '../core/work.js';
import { parseYamlWith, splitFrontMatter } from '../core/yaml-source.js';

/** Front matter of a `standards/<id>.md` document: one of the consultant's working documents. */
export const StandardFrontMatter = z
  .object({
    id: Slug.describe('Must equal the file name'),
    title: z.string().min(3),
    owner: z.string().min(1).describe('Who answers for this document'),
    version: z.number().int().positive().describe('Bumped on each change of substance'),
  })
  .strict();

/** A loaded standard; `hash` is sha256 of the whole file as read, so any edit changes it. */
export interface Standard extends z.output<typeof StandardFrontMatter> {
  readonly text: string;
  readonly file: string;
  readonly hash: string;
}

/** The standards folder beside a persona folder (`<root>/personas` → `<root>/standards`). */
export function standardsDirFor(personaDir: string): string {
  return join(dirname(personaDir), 'standards');
}

/** Parse one standard file; errors name file, line and field. */
export function parseStandard(text: string, file: string): Standard {
  const doc = splitFrontMatter(text, file);
  const front = parseYamlWith(StandardFrontMatter, doc.frontMatter, file, {
    lineOffset: doc.frontMatterLineOffset,
    what: 'standard',
  });
  const stem = basename(file, '.md');
  if (front.id !== stem)
    throw new InputError(`Standard ${file} is misnamed.`, [
      { location: { file, line: 2 }, field: 'id', message: `"${front.id}" must equal "${stem}"` },
    ]);
  return { ...front, text: doc.body.trim(), file, hash: sha256(text) };
}

/** A standards file as read from its folder: name, path and text. */
export interface StandardFile {
  readonly file: string;
  readonly text: string;
}

/**
 * The `*.md` files of a standards folder, sorted by name, as read (a missing folder: none).
 * Read once, so the texts a cache key is made of are the texts that get parsed. Read
 * synchronously: a handful of small files costs a fraction of what promise-based reads do
 * (a FileHandle and a thread-pool round trip each), and every `aios` process reads them.
 */
export function readStandardFiles(dir: string): StandardFile[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.md') && n !== 'README.md')
      .sort();
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new InputError(`Cannot read the standards folder ${dir}.`, [], { cause });
  }
  return names.map((name) => {
    const file = join(dir, name);
    return { file, text: readFileSync(file, 'utf8') };
  });
}

/** Parse standards files as read by `readStandardFiles`; every problem listed together. */
export function parseStandards(dir: string, files: readonly StandardFile[]): Map<string, Standard> {
  const out = new Map<string, Standard>();
  const issues: InputIssue[] = [];
  for (const { file, text } of files) {
    try {
      const s = parseStandard(text, file);
      out.set(s.id, s);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(
        ...(error.issues.length ? error.issues : [{ location: { file }, message: error.message }]),
      );
    }
  }
  if (issues.length)
    throw new InputError(`${issues.length} problem(s) in the standards in ${dir}.`, issues);
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Every standard in a folder, by id. A missing folder is an empty set (a repository may have
 * none); a bad file fails the load with every problem listed.
 */
export function loadStandards(dir: string): ReadonlyMap<string, Standard> {
  return parseStandards(dir, readStandardFiles(dir));
}
