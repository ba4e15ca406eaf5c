import { GitError } from '../core/errors.js';
import { refExists } from './refs.js';
import { spawnGitStream } from './run-git.js';

/** One file from the archive: its path in the tree and its bytes (a view into a read buffer). */
export interface ArchivedFile {
  readonly path: string;
  readonly bytes: Buffer;
}

const BLOCK = 512;

function field(buf: Buffer, at: number, length: number): string {
  const end = buf.indexOf(0, at);
  return buf.toString('utf8', at, end >= at && end < at + length ? end : at + length);
}

function octal(buf: Buffer, at: number, length: number): number {
  const text = field(buf, at, length).trim();
  return text.length === 0 ? 0 : Number.parseInt(text, 8);
}

/** The `path` record of a pax extended header (`<len> <key>=<value>\n`…), if any. */
function paxPath(body: Buffer): string | undefined {
  let pos = 0;
  let path: string | undefined;
  while (pos < body.length) {
    const space = body.indexOf(32, pos);
    if (space < 0) break;
    const length = Number(body.toString('latin1', pos, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = body.toString('utf8', space + 1, pos + length - 1);
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === 'path') path = record.slice(eq + 1);
    pos += length;
  }
  return path;
}

/**
 * Every regular file below `folders` on a ref, in tree (path) order, streamed in batches from
 * `git archive --format=tar` (nothing when the ref does not exist). This is the report's reader: git writes the archive in 10 KB
 * blocks, where `cat-file --batch` writes twice per object, so the pipe carries an order of
 * magnitude fewer writes and the whole read runs close to the speed of git itself (see
 * docs/benchmarks.md). Line-ending conversion is switched off so the bytes are the blobs';
 * `aios ledger verify` reads raw objects and flags any file outside `ledger/` (such as a
 * `.gitattributes` that could change what an archive shows).
 */
export async function* readArchivedFileBatches(
  repoDir: string,
  ref: string,
  folders: string | readonly string[],
): AsyncGenerator<ArchivedFile[]> {
  if (!(await refExists(repoDir, ref))) return;
  const git = spawnGitStream(repoDir, [
    '-c',
    'core.autocrlf=false',
    '-c',
    'core.eol=lf',
    '-c',
    'core.attributesFile=/dev/null',
    'archive',
    '--format=tar',
    ref,
    '--',
    ...(typeof folders === 'string' ? [folders] : folders),
  ]);
  let finished = false;
  try {
    let buf: Buffer = Buffer.alloc(0);
    let longPath: string | undefined;
    let ended = false;
    for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
      buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
      const batch: ArchivedFile[] = [];
      let pos = 0;
      while (!ended && buf.length - pos >= BLOCK) {
        if (buf[pos] === 0 && buf[pos + 156] === 0) {
          ended = true; // the end-of-archive blocks
          break;
        }
        const size = octal(buf, pos + 124, 12);
        const total = BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        if (buf.length - pos < total) break; // the body is not all here yet
        const type = buf[pos + 156];
        const body = buf.subarray(pos + BLOCK, pos + BLOCK + size);
        if (type === 0x78 /* x: pax header for the next file */) {
          longPath = paxPath(body);
        } else if (type === 0x30 /* 0 */ || type === 0 /* old-style regular file */) {
          const prefix = field(buf, pos + 345, 155);
          const name = field(buf, pos, 100);
          batch.push({ path: longPath ?? (prefix ? `${prefix}/${name}` : name), bytes: body });
          longPath = undefined;
        } else {
          longPath = undefined; // directories, the global header (commit id), links: not entries
        }
        pos += total;
      }
      buf = buf.subarray(pos);
      if (batch.length > 0) yield batch;
    }
    const { code, stderr } = await git.exited;
    if (code !== 0)
      throw new GitError(`cannot read ${ref} as an archive: ${stderr}`, {
        hint: 'Check that the branch exists (git branch -a).',
      });
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}
