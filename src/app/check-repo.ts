import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GitError, InputError } from '../core/errors.js';
import { gitDirOf } from '../git/refs.js';

/**
 * Before anything is planned or recorded: the folder AIOS works in must be a git repository
 * AIOS can write to (the ledger spool, refs and objects live in its git folder). Both are bad
 * input (exit 2) with a message that names the folder and what to do, never a raw EACCES.
 * Returns the absolute git folder.
 */
export async function assertWritableRepository(repoDir: string): Promise<string> {
  await assertFolder(repoDir);
  let gitDir: string;
  try {
    gitDir = await gitDirOf(repoDir);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new InputError(`${repoDir} is not a git repository.`, [], {
      cause: error,
      hint: `AIOS records its work in the repository's git folder: run \`git init\` in ${repoDir}, or run AIOS in a repository.`,
    });
  }
  for (const dir of [gitDir, join(gitDir, 'objects'), join(gitDir, 'refs')]) {
    try {
      await access(dir, constants.W_OK);
    } catch (cause) {
      throw new InputError(
        `AIOS cannot write to the repository ${repoDir}: ${dir} is not writable.`,
        [],
        {
          cause,
          hint: 'AIOS writes its ledger and task branches into the git folder: run it as a user who can write there, or on a clone you own.',
        },
      );
    }
  }
  return gitDir;
}

/** The repository folder exists and is a folder: bad input (2) naming it, otherwise. */
export async function assertFolder(repoDir: string): Promise<void> {
  const exists = await stat(repoDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists)
    throw new InputError(`${repoDir} is not a folder.`, [], {
      hint: 'Name the folder of a git repository (the default is the current folder).',
    });
}
