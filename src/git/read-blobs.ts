import { GitError } from '../core/errors.js';
import { gitWithInput } from './run-git.js';

/**
 * Read a known, small set of objects in one `git cat-file --batch` call (ids in, contents out).
 * For streams of many objects use CatFileBatch, which pipelines without holding them all.
 */
export async function readBlobs(
  repoDir: string,
  ids: readonly string[],
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (ids.length === 0) return out;
  const r = await gitWithInput(repoDir, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
  if (r.code !== 0) throw new GitError(`git cat-file failed: ${r.stderr.trim()}`);
  let pos = 0;
  const buf = r.stdout;
  for (const id of ids) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) throw new GitError('git cat-file answered short');
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    out.set(id, Buffer.from(buf.subarray(pos, pos + size)));
    pos += size + 1;
  }
  return out;
}
