import { GitError } from '../core/errors.js';
import { spawnGitStream } from './run-git.js';

/** One answer of `git cat-file --batch`: an object, or a name that resolves to none. */
export type BatchAnswer =
  | {
      readonly kind: 'object';
      readonly id: string;
      readonly type: string;
      /** What followed the object name in the request (`%(rest)`), when the format asks for it. */
      readonly rest: string;
      /** A view into the read buffer: copy it to keep it past the next read. */
      readonly bytes: Buffer;
    }
  | { readonly kind: 'missing'; readonly name: string };

const OBJECT_TYPES = new Set(['blob', 'tree', 'commit', 'tag']);

/**
 * The one parser of `git cat-file --batch` output ("<id> <type> <size>[ <rest>]\n<bytes>\n",
 * or "<name> missing|ambiguous\n"), fed pipe reads as they come. Each `push` returns every
 * answer complete so far; a partial answer waits for the next read. Buffers are views, so a
 * batch costs no copy.
 */
export class BatchParser {
  private buf: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): BatchAnswer[] {
    const buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out: BatchAnswer[] = [];
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      const header = buf.toString('utf8', pos, nl);
      const s1 = header.indexOf(' ');
      const s2 = header.indexOf(' ', s1 + 1);
      const s3 = s2 < 0 ? -1 : header.indexOf(' ', s2 + 1);
      const type = s2 < 0 ? '' : header.slice(s1 + 1, s2);
      const size = s2 < 0 ? Number.NaN : Number(header.slice(s2 + 1, s3 < 0 ? undefined : s3));
      if (!OBJECT_TYPES.has(type) || !Number.isInteger(size) || size < 0) {
        // "<name> missing" / "<name> ambiguous": no body follows (the name may hold spaces).
        const missing = / (missing|ambiguous)$/.exec(header);
        if (!missing) throw new GitError(`unexpected git cat-file header: ${header}`);
        out.push({ kind: 'missing', name: header.slice(0, missing.index) });
        pos = nl + 1;
        continue;
      }
      const end = nl + 1 + size;
      if (buf.length < end + 1) break; // the body (and its newline) is not all here yet
      out.push({
        kind: 'object',
        id: header.slice(0, s1),
        type,
        rest: s3 < 0 ? '' : header.slice(s3 + 1),
        bytes: buf.subarray(nl + 1, end),
      });
      pos = end + 1;
    }
    this.buf = buf.subarray(pos);
    return out;
  }

  /** Bytes received but not yet a whole answer (non-zero at the end means git stopped short). */
  get pending(): number {
    return this.buf.length;
  }
}

/** One file of a tree read with its bytes. */
export interface TreeBlob {
  readonly path: string;
  readonly blob: string;
  readonly bytes: Buffer;
}

/**
 * Every file below `folder` on a ref with its bytes, in path order, in batches (one per pipe
 * read). `git ls-tree` is piped straight into `git cat-file --batch`, which echoes each path
 * back with its blob: the two git processes stream at full speed with no request/response
 * round trips through this process, and memory stays flat however large the tree (a batch is
 * one pipe read; the consumer drops it before the next is read). Paths must not need quoting.
 */
export async function* readTreeBlobBatches(
  repoDir: string,
  ref: string,
  folder: string,
  options: {
    /**
     * Read the tree of the commit `ref` names, and nothing (no error) when it names no commit:
     * what a `resolveCommit` check before the read would give, without its git process.
     */
    commitOrNothing?: boolean;
  } = {},
): AsyncGenerator<TreeBlob[]> {
  // --format needs git 2.36; the path goes last so cat-file echoes it as %(rest).
  const ls = spawnGitStream(repoDir, [
    'ls-tree',
    '-r',
    '--full-tree',
    '--format=%(objectname) %(path)',
    options.commitOrNothing ? `${ref}^{commit}` : ref,
    '--',
    folder,
  ]);
  const cat = spawnGitStream(
    repoDir,
    ['cat-file', '--buffer', '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)'],
    ls.stdout,
  );
  // cat-file has its own copy of the pipe now; ours would hold ls-tree's 'close' open forever.
  ls.stdout.destroy();
  let finished = false;
  try {
    const parser = new BatchParser();
    for await (const chunk of cat.stdout as AsyncIterable<Buffer>) {
      const batch: TreeBlob[] = [];
      for (const a of parser.push(chunk)) {
        if (a.kind === 'missing')
          throw new GitError(`git object ${a.name} on ${ref} is missing`, {
            hint: 'The repository is incomplete: fetch the branch again (git fetch).',
          });
        if (a.type === 'blob') batch.push({ blob: a.id, path: a.rest, bytes: a.bytes });
      }
      if (batch.length > 0) yield batch;
    }
    const [lsExit, catExit] = await Promise.all([ls.exited, cat.exited]);
    // git says this (under LC_ALL=C) for a name that resolves to no commit: a missing ref, or a
    // tree or blob where a commit was asked for.
    if (
      options.commitOrNothing &&
      lsExit.code !== 0 &&
      /^fatal: Not a valid object name /m.test(lsExit.stderr)
    ) {
      finished = true;
      return;
    }
    if (lsExit.code !== 0)
      throw new GitError(`cannot list ${ref}: ${lsExit.stderr}`, {
        hint: 'Check that the branch exists (git branch -a) and that git is 2.36 or newer.',
      });
    if (catExit.code !== 0 || parser.pending > 0)
      throw new GitError(`cannot read the objects of ${ref}: ${catExit.stderr}`);
    finished = true;
  } finally {
    if (!finished) {
      ls.kill();
      cat.kill();
    }
  }
}

/**
 * The contents of the given objects, in the order given (undefined for a missing one), through
 * one `git cat-file --batch --buffer` handed every name at once, so git streams the answers
 * with no round trip through this process per object.
 */
export async function* readBlobs(
  repoDir: string,
  ids: readonly string[],
): AsyncGenerator<Buffer | undefined> {
  if (ids.length === 0) return;
  for (const id of ids)
    if (/\n/.test(id)) throw new GitError(`object name contains a newline: ${JSON.stringify(id)}`);
  const cat = spawnGitStream(repoDir, ['cat-file', '--batch', '--buffer'], 'pipe');
  cat.stdin?.end(`${ids.join('\n')}\n`);
  let answered = 0;
  let finished = false;
  try {
    const parser = new BatchParser();
    for await (const chunk of cat.stdout as AsyncIterable<Buffer>)
      for (const a of parser.push(chunk)) {
        answered++;
        yield a.kind === 'object' ? a.bytes : undefined;
      }
    const { code, stderr } = await cat.exited;
    if (code !== 0 || answered !== ids.length)
      throw new GitError(
        `git cat-file answered ${answered} of ${ids.length} objects (exit ${code}): ${stderr}`,
      );
    finished = true;
  } finally {
    if (!finished) cat.kill();
  }
}
