import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitDirOf
} from "./chunk-OMXXCWD7.js";
import {
  GitError,
  InputError
} from "./chunk-BXJ33WYV.js";

// src/app/check-repo.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { join } from "node:path";
async function assertWritableRepository(repoDir) {
  await assertFolder(repoDir);
  let gitDir;
  try {
    gitDir = await gitDirOf(repoDir);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new InputError(`${repoDir} is not a git repository.`, [], {
      cause: error,
      hint: `AIOS records its work in the repository's git folder: run \`git init\` in ${repoDir}, or run AIOS in a repository.`
    });
  }
  for (const dir of [gitDir, join(gitDir, "objects"), join(gitDir, "refs")]) {
    try {
      await access(dir, constants.W_OK);
    } catch (cause) {
      throw new InputError(
        `AIOS cannot write to the repository ${repoDir}: ${dir} is not writable.`,
        [],
        {
          cause,
          hint: "AIOS writes its ledger and task branches into the git folder: run it as a user who can write there, or on a clone you own."
        }
      );
    }
  }
  return gitDir;
}
async function assertFolder(repoDir) {
  const exists = await stat(repoDir).then(
    (s) => s.isDirectory(),
    () => false
  );
  if (!exists)
    throw new InputError(`${repoDir} is not a folder.`, [], {
      hint: "Name the folder of a git repository (the default is the current folder)."
    });
}

export {
  assertWritableRepository,
  assertFolder
};
