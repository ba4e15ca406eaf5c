import { GitError } from '../core/errors.js';
import { packLimits } from './pack-limits.js';
import { listRefs, type ListedRef } from './refs.js';
import { spawnGitStream } from './run-git.js';

/**
 * A replacement (`git replace`) of an object reachable from a tip: git shows the replacement in
 * its place to anyone browsing (log, show, diff, archive), while every id, and so every hash
 * that names it, stays as it was. AIOS's own git runs with replacements off (`gitEnv`), so this
 * is what the objects hold and what a person browsing would be shown instead.
 */
export interface ReplacedObject {
  /** `refs/replace/<id>`. */
  readonly ref: string;
  /** The object replaced. */
  readonly id: string;
  /** What git shows in its place. */
  readonly by: string;
  readonly type: 'commit' | 'tree' | 'blob' | 'tag';
  /** A tree's or blob's path in the history (the first git names); none for a commit. */
  readonly path: string | undefined;
}

const ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Where `git replace` keeps its refs. */
export const REPLACE_REFS = 'refs/replace/';

/**
 * The replacements of objects reachable from `tip`. One `for-each-ref` (nothing more when there
 * are no replace refs, the usual case; none when the caller listed them); when there are, one
 * `rev-list --objects` of the tip's history, streamed and kept only where it names a replaced id.
 */
export async function replacedObjectsOf(
  repoDir: string,
  tip: string,
  /** The refs under `refs/replace/`, when the caller listed them already (`listRefs`). */
  listed?: readonly ListedRef[],
): Promise<ReplacedObject[]> {
  // A replacement has the type of what it replaces (`git replace` refuses another without -f),
  // so the listing's type of the replacing object names both.
  const refs = new Map<string, { ref: string; by: string; type: ReplacedObject['type'] }>();
  for (const { ref, id: by, type } of listed ?? (await listRefs(repoDir, [REPLACE_REFS]))) {
    const id = ref.slice(REPLACE_REFS.length);
    if (ref.startsWith(REPLACE_REFS) && ID.test(id))
      refs.set(id, { ref, by, type: type as ReplacedObject['type'] });
  }
  if (refs.size === 0) return [];
  const found: ReplacedObject[] = [];
  // `--objects` names each tree and blob after the path it was first met at (the root tree after
  // none); commits alone.
  const git = spawnGitStream(repoDir, [
    ...packLimits('16m'),
    'rev-list',
    '--objects',
    '--in-commit-order',
    tip,
  ]);
  let finished = false;
  try {
    let rest = '';
    for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const space = line.indexOf(' ');
        const id = space < 0 ? line : line.slice(0, space);
        const hit = refs.get(id);
        if (!hit) continue;
        refs.delete(id);
        found.push({
          ...hit,
          id,
          path: space < 0 ? undefined : line.slice(space + 1) || undefined,
        });
      }
    }
    const { code, stderr } = await git.exited;
    if (code !== 0) throw new GitError(`cannot list the objects of ${tip}: ${stderr}`);
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
  return found;
}
