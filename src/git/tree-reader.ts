import { GitError } from '../core/errors.js';
import { spawnGitStream } from './run-git.js';

/** One file of a tree: its path from the root and its blob id. */
export interface TreeFile {
  readonly path: string;
  readonly blob: string;
}

/** Split a stream of NUL-terminated records without holding more than one pipe read. */
export async function* nulRecords(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let pos = 0;
    for (;;) {
      const nul = buf.indexOf(0, pos);
      if (nul < 0) break;
      yield buf.toString('utf8', pos, nul);
      pos = nul + 1;
    }
    rest = buf.subarray(pos);
  }
  if (rest.length) yield rest.toString('utf8');
}

/** "<mode> <type> <id>\t<path>", as `ls-tree -z` writes each record. */
function parseRecord(rec: string): { type: string; id: string; path: string } | undefined {
  const tab = rec.indexOf('\t');
  if (tab < 0) return undefined;
  const meta = rec.slice(0, tab).split(' ');
  return { type: meta[1] ?? '', id: meta[2] ?? '', path: rec.slice(tab + 1) };
}

/**
 * Stream every file below `folder` on a ref (path and blob id), in path order, without a
 * checkout and without holding the listing in memory. Paths are read NUL-separated, so no
 * name is ever quoted.
 */
export async function* listTree(
  repoDir: string,
  ref: string,
  folder: string,
  options: {
    /** List the tree of the commit `ref` names, and nothing when it names none (no rev-parse first). */
    commitOrNothing?: boolean;
  } = {},
): AsyncGenerator<TreeFile> {
  const git = spawnGitStream(repoDir, [
    'ls-tree',
    '-r',
    '-z',
    '--full-tree',
    options.commitOrNothing ? `${ref}^{commit}` : ref,
    '--',
    folder,
  ]);
  let finished = false;
  try {
    for await (const rec of nulRecords(git.stdout)) {
      const r = parseRecord(rec);
      if (r?.type === 'blob' && r.id) yield { path: r.path, blob: r.id };
    }
    const { code, stderr } = await git.exited;
    // What git says (LC_ALL=C) when the name resolves to no commit: a missing ref, or a tree.
    if (options.commitOrNothing && code !== 0 && /^fatal: Not a valid object name /m.test(stderr)) {
      finished = true;
      return;
    }
    if (code !== 0)
      throw new GitError(`cannot list ${ref}: ${stderr}`, {
        hint: 'Check that the branch exists (git branch -a).',
      });
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}
