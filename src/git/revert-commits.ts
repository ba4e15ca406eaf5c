import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from '../core/errors.js';
import { gitWithInput } from './run-git.js';

export interface RevertSpec {
  /** The commits to undo, newest first (each is undone against its first parent). */
  readonly commits: readonly string[];
  /** The commit the revert builds on (the base branch's tip). */
  readonly onto: string;
  /** The branch to create; it must not exist yet. */
  readonly branch: string;
  readonly message: string;
  readonly author: { readonly name: string; readonly email: string };
  /** Seconds since the epoch. */
  readonly time: number;
}

async function git(
  repoDir: string,
  args: readonly string[],
  input?: string | Buffer,
  env: Record<string, string> = {},
): Promise<string> {
  const r = await gitWithInput(repoDir, args, input, env);
  if (r.code !== 0)
    throw new GitError(`git ${args[0] ?? ''} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
  return r.stdout.toString('utf8');
}

/**
 * One commit on a new branch that undoes `commits` on top of `onto`, as `git revert` would,
 * built in a private index so neither the work tree nor the user's index is touched. A change
 * that no longer applies (the files moved on since) fails with a GitError naming the commit.
 * Returns the revert commit.
 */
export async function revertCommits(repoDir: string, spec: RevertSpec): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'aios-revert-'));
  const env = {
    GIT_INDEX_FILE: join(dir, 'index'),
    GIT_AUTHOR_NAME: spec.author.name,
    GIT_AUTHOR_EMAIL: spec.author.email,
    GIT_AUTHOR_DATE: `${spec.time} +0000`,
    GIT_COMMITTER_NAME: spec.author.name,
    GIT_COMMITTER_EMAIL: spec.author.email,
    GIT_COMMITTER_DATE: `${spec.time} +0000`,
  };
  try {
    await git(repoDir, ['read-tree', spec.onto], undefined, env);
    for (const commit of spec.commits) {
      const patch = await git(repoDir, ['diff', '--binary', '--full-index', `${commit}^`, commit]);
      if (!patch.trim()) continue;
      const r = await gitWithInput(
        repoDir,
        ['apply', '--cached', '--reverse', '--3way', '--whitespace=nowarn', '-'],
        patch,
        env,
      );
      if (r.code !== 0)
        throw new GitError(
          `the changes of ${commit.slice(0, 12)} no longer revert cleanly on ${spec.onto.slice(0, 12)}: ${r.stderr.trim()}`,
        );
    }
    const tree = (await git(repoDir, ['write-tree'], undefined, env)).trim();
    const revert = (
      await git(repoDir, ['commit-tree', tree, '-p', spec.onto, '-F', '-'], spec.message, env)
    ).trim();
    // Create only: an existing revert branch is not overwritten (the zero id asserts absence).
    await git(repoDir, [
      'update-ref',
      `refs/heads/${spec.branch}`,
      revert,
      '0000000000000000000000000000000000000000',
    ]);
    return revert;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
