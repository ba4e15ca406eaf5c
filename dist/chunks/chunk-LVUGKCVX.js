import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/git/revert-commits.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function git(repoDir, args, input, env = {}) {
  const r = await gitWithInput(repoDir, args, input, env);
  if (r.code !== 0)
    throw new GitError(`git ${args[0] ?? ""} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
  return r.stdout.toString("utf8");
}
async function revertCommits(repoDir, spec) {
  const dir = await mkdtemp(join(tmpdir(), "aios-revert-"));
  const env = {
    GIT_INDEX_FILE: join(dir, "index"),
    GIT_AUTHOR_NAME: spec.author.name,
    GIT_AUTHOR_EMAIL: spec.author.email,
    GIT_AUTHOR_DATE: `${spec.time} +0000`,
    GIT_COMMITTER_NAME: spec.author.name,
    GIT_COMMITTER_EMAIL: spec.author.email,
    GIT_COMMITTER_DATE: `${spec.time} +0000`
  };
  try {
    await git(repoDir, ["read-tree", spec.onto], void 0, env);
    for (const commit of spec.commits) {
      const patch = await git(repoDir, ["diff", "--binary", "--full-index", `${commit}^`, commit]);
      if (!patch.trim()) continue;
      const r = await gitWithInput(
        repoDir,
        ["apply", "--cached", "--reverse", "--3way", "--whitespace=nowarn", "-"],
        patch,
        env
      );
      if (r.code !== 0)
        throw new GitError(
          `the changes of ${commit.slice(0, 12)} no longer revert cleanly on ${spec.onto.slice(0, 12)}: ${r.stderr.trim()}`
        );
    }
    const tree = (await git(repoDir, ["write-tree"], void 0, env)).trim();
    const revert = (await git(repoDir, ["commit-tree", tree, "-p", spec.onto, "-F", "-"], spec.message, env)).trim();
    await git(repoDir, [
      "update-ref",
      `refs/heads/${spec.branch}`,
      revert,
      "0000000000000000000000000000000000000000"
    ]);
    return revert;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export {
  revertCommits
};
