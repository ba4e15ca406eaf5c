import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { GitError } from '../core/errors.js';
import { gitWithInput } from './run-git.js';

/** A folder holding a tree of the repository with files applied, until it is disposed of. */
export interface TempCheckout {
  readonly root: string;
  dispose(): Promise<void>;
}

/**
 * A temporary worktree of `ref` (detached, so no branch is moved) with `files` written over it,
 * for a command that must see the work as it would be committed. `dispose` removes the worktree
 * and its bookkeeping in the repository.
 */
export async function openTempWorktree(
  repoDir: string,
  ref: string,
  files: readonly { path: string; content: string }[],
): Promise<TempCheckout> {
  const root = join(await mkdtemp(join(tmpdir(), 'aios-check-')), 'tree');
  const added = await gitWithInput(
    repoDir,
    ['worktree', 'add', '--detach', '--quiet', root, ref],
    undefined,
  );
  if (added.code !== 0) {
    await rm(dirname(root), { recursive: true, force: true });
    throw new GitError(`cannot check out ${ref} for the check command: ${added.stderr.trim()}`);
  }
  const dispose = async (): Promise<void> => {
    await gitWithInput(repoDir, ['worktree', 'remove', '--force', root], undefined);
    await rm(dirname(root), { recursive: true, force: true });
    await gitWithInput(repoDir, ['worktree', 'prune'], undefined);
  };
  try {
    for (const f of files) {
      const target = resolve(root, f.path);
      // The write policy has vetted the paths already; a path that leaves the tree is refused anyway.
      if (!target.startsWith(root + sep))
        throw new GitError(`the work file ${f.path} is outside the repository`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, f.content);
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { root, dispose };
}

/** Whether `ref` names a commit in the repository. */
export async function refExists(repoDir: string, ref: string): Promise<boolean> {
  const r = await gitWithInput(
    repoDir,
    ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
    undefined,
  );
  return r.code === 0;
}
