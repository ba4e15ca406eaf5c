import { GitError } from '../core/errors.js';
import { gitWithInput } from './run-git.js';

/** The commit a revision names, or undefined when it names none. */
export async function resolveCommit(repoDir: string, rev: string): Promise<string | undefined> {
  const r = await gitWithInput(
    repoDir,
    ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`],
    undefined,
  );
  const id = r.stdout.toString('utf8').trim();
  return r.code === 0 && id ? id : undefined;
}

/** Does a ref (or any revision) name a commit? */
export async function refExists(repoDir: string, ref: string): Promise<boolean> {
  return (await resolveCommit(repoDir, ref)) !== undefined;
}

/** Point `ref` at `commit` (optionally only if it still points at `expected`). */
export async function updateRef(
  repoDir: string,
  ref: string,
  commit: string,
  expected?: string,
): Promise<void> {
  const r = await gitWithInput(
    repoDir,
    ['update-ref', ref, commit, ...(expected ? [expected] : [])],
    undefined,
  );
  if (r.code !== 0)
    throw new GitError(`cannot point ${ref} at ${commit.slice(0, 12)}: ${r.stderr.trim()}`, {
      retryable: /cannot lock ref|unable to lock|is at .* but expected/i.test(r.stderr),
    });
}

/**
 * Is `ancestor` reachable from `descendant`? `missing` when the repository does not hold the
 * ancestor commit at all (it was dropped by a rewrite and garbage-collected, or never fetched).
 */
export async function descends(
  repoDir: string,
  ancestor: string,
  descendant: string,
): Promise<'yes' | 'no' | 'missing'> {
  if (!(await resolveCommit(repoDir, ancestor))) return 'missing';
  const r = await gitWithInput(
    repoDir,
    ['merge-base', '--is-ancestor', ancestor, descendant],
    undefined,
  );
  if (r.code === 0) return 'yes';
  if (r.code === 1) return 'no';
  throw new GitError(`cannot compare ${ancestor} and ${descendant}: ${r.stderr.trim()}`);
}

/** The repository's git folder (absolute), or a GitError naming the folder that is not one. */
export async function gitDirOf(repoDir: string): Promise<string> {
  const notARepository = (cause: unknown) =>
    new GitError(`${repoDir} is not a git repository`, {
      cause,
      hint: 'Run AIOS inside a git repository, or pass --repo.',
    });
  // A folder that does not exist fails to spawn; one that is not a repository exits non-zero.
  const found = await gitWithInput(repoDir, ['rev-parse', '--absolute-git-dir'], undefined).catch(
    (cause: unknown) => {
      throw notARepository(cause);
    },
  );
  if (found.code !== 0) throw notARepository(new Error(found.stderr.trim()));
  return found.stdout.toString('utf8').trim();
}
