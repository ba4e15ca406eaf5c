import { createHash } from 'node:crypto';
import { GitError } from '../core/errors.js';
import { gitWithInput } from './run-git.js';

/** The id git gives a blob with this content, computed without running git. */
export function gitBlobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** A file to write: its text (UTF-8) or exact bytes, or a blob the repository already holds. */
export type FileChange =
  | { readonly path: string; readonly content: string | Buffer }
  | { readonly path: string; readonly blob: string };

export interface CommitSpec {
  /** The ref fast-import writes, e.g. `refs/heads/aios/issue-12`. */
  readonly ref: string;
  /** The commit the new one builds on; undefined starts a root commit. */
  readonly parent: string | undefined;
  readonly files: readonly FileChange[];
  readonly message: string;
  readonly author: { name: string; email: string };
  readonly committer?: { name: string; email: string };
  /** Seconds since the epoch. */
  readonly time: number;
  /** Allow the ref to move to a commit that does not contain its old tip. */
  readonly force?: boolean;
  /**
   * Sign the commit with the repository's signing key (user.signingkey, gpg.format): fast-import
   * cannot sign, so its commit is re-made by `git commit-tree -S` and the ref moved with
   * `update-ref` against the parent it was built on (the same compare-and-swap).
   */
  readonly sign?: boolean;
}

function assertSafePath(path: string): void {
  // fast-import needs quoting for such paths; AIOS never writes them, so refuse rather than quote.
  if (
    /[\n\r"\\]/.test(path) ||
    path.startsWith('/') ||
    path.split('/').includes('..') ||
    path.length === 0
  ) {
    throw new GitError(`refusing to commit an unsafe path: ${JSON.stringify(path)}`);
  }
}

/**
 * Write one commit with the given files onto `parent` and point `ref` at it, in a single
 * `git fast-import` process, without touching any work tree or index. fast-import refuses to
 * move an existing ref to a commit that does not contain the ref's current tip (unless
 * `force`), which makes the write a compare-and-swap: a concurrent writer makes this fail
 * with `retryable` set, and the caller rebuilds on the new tip.
 * Returns the new commit's id.
 */
export async function commitFiles(repoDir: string, spec: CommitSpec): Promise<string> {
  if (spec.sign) return commitSigned(repoDir, spec);
  const chunks: Buffer[] = [];
  const push = (s: string | Buffer): void => {
    chunks.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
  };
  const data = (s: string | Buffer): void => {
    const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
    push(`data ${b.length}\n`);
    push(b);
    push('\n');
  };
  const committer = spec.committer ?? spec.author;
  push(`commit ${spec.ref}\nmark :1\n`);
  push(`author ${spec.author.name} <${spec.author.email}> ${spec.time} +0000\n`);
  push(`committer ${committer.name} <${committer.email}> ${spec.time} +0000\n`);
  data(spec.message);
  if (spec.parent) push(`from ${spec.parent}\n`);
  for (const file of spec.files) {
    assertSafePath(file.path);
    if ('blob' in file) {
      if (!/^[0-9a-f]{40}$/.test(file.blob)) throw new GitError(`not a blob id: ${file.blob}`);
      push(`M 100644 ${file.blob} ${file.path}\n`);
      continue;
    }
    push(`M 100644 inline ${file.path}\n`);
    data(file.content);
  }
  push('\n');
  // The new commit's id, printed on stdout (the only output of a --quiet import).
  push('get-mark :1\n');

  const args = [...smallImportSettings(spec.files), 'fast-import', '--quiet', '--date-format=raw'];
  if (spec.force) args.push('--force');
  const result = await gitWithInput(repoDir, args, Buffer.concat(chunks));
  if (result.code !== 0) {
    const moved = /not updating|does not contain|new tip does not contain/i.test(result.stderr);
    throw new GitError(
      `git fast-import could not write ${spec.ref}: ${result.stderr.trim().split('\n')[0] ?? ''}`,
      {
        retryable: moved,
        hint: moved
          ? 'Another writer moved the branch; rebuild on its new tip and try again.'
          : undefined,
      },
    );
  }
  const sha = result.stdout.toString('utf8').trim();
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new GitError('git fast-import wrote no commit');
  return sha;
}

/** git's own default for `fastimport.unpackLimit`: an import of fewer objects is stored loose. */
const LOOSE_OBJECTS_LIMIT = 100;

/**
 * The git settings for an import small enough to be stored as loose objects. fast-import writes
 * every import as a pack and syncs it to disk; an import of at most `fastimport.unpackLimit`
 * objects (100 by default) is then unpacked into loose objects and the pack deleted. Loose
 * objects are not synced by git by default (`core.fsync`, as for `git commit`), so syncing the
 * pack that is deleted a moment later makes nothing more durable: it is one fsync per commit
 * (two per `aios run`), tens of milliseconds on a busy disk. A small import is therefore written
 * with the limit pinned to git's default (it is stored loose whatever the repository's setting)
 * and without the pack's sync; a larger one keeps git's settings and its synced pack. The
 * ledger's entries are durable before this (the spool) and leave the spool only once committed.
 */
function smallImportSettings(files: readonly FileChange[]): string[] {
  // At most: one blob per inline file, one tree per folder on a path (and the root), the commit.
  const folders = new Set<string>(['']);
  let blobs = 0;
  for (const file of files) {
    if (!('blob' in file)) blobs++;
    for (let i = file.path.lastIndexOf('/'); i > 0; i = file.path.lastIndexOf('/', i - 1))
      folders.add(file.path.slice(0, i));
  }
  if (blobs + folders.size + 1 > LOOSE_OBJECTS_LIMIT) return [];
  return ['-c', `fastimport.unpackLimit=${LOOSE_OBJECTS_LIMIT}`, '-c', 'core.fsync=-pack'];
}

/** `commitFiles` with a signature: the tree by fast-import, the commit by `commit-tree -S`. */
async function commitSigned(repoDir: string, spec: CommitSpec): Promise<string> {
  let parent: string | undefined;
  if (spec.parent) {
    const r = await gitWithInput(
      repoDir,
      ['rev-parse', '--verify', '--quiet', `${spec.parent}^{commit}`],
      undefined,
    );
    parent = r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    if (!parent) throw new GitError(`cannot sign a commit on ${spec.parent}: it names no commit`);
  }
  const scratch = `refs/aios/unsigned/${process.pid}-${Date.now()}`;
  const unsigned = await commitFiles(repoDir, {
    ...spec,
    ref: scratch,
    parent,
    sign: false,
    force: true,
  });
  try {
    const committer = spec.committer ?? spec.author;
    const made = await gitWithInput(
      repoDir,
      ['commit-tree', '-S', `${unsigned}^{tree}`, ...(parent ? ['-p', parent] : [])],
      spec.message,
      {
        GIT_AUTHOR_NAME: spec.author.name,
        GIT_AUTHOR_EMAIL: spec.author.email,
        GIT_AUTHOR_DATE: `${spec.time} +0000`,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: `${spec.time} +0000`,
      },
    );
    const signed = made.stdout.toString('utf8').trim();
    if (made.code !== 0 || !/^[0-9a-f]{40,64}$/.test(signed))
      throw new GitError(
        `git could not sign the ledger commit: ${made.stderr.trim().split('\n')[0] ?? ''}`,
        {
          hint: 'Check user.signingkey and gpg.format (an SSH key: gpg.format ssh), or unset user.signingkey to write unsigned commits.',
        },
      );
    // Moved only from the parent it was built on (or created when there was none), as fast-import would.
    const args = ['update-ref', spec.ref, signed];
    if (!spec.force) args.push(parent ?? '');
    const moved = await gitWithInput(repoDir, args, undefined);
    if (moved.code !== 0)
      throw new GitError(
        `could not move ${spec.ref} to the signed commit: ${moved.stderr.trim()}`,
        {
          retryable: true,
          hint: 'Another writer moved the branch; rebuild on its new tip and try again.',
        },
      );
    return signed;
  } finally {
    await gitWithInput(repoDir, ['update-ref', '-d', scratch], undefined);
  }
}
