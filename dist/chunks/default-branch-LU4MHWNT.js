import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitDirAndCommits,
  gitDirOf,
  resolveCommits
} from "./chunk-OMXXCWD7.js";
import {
  REPO_CONFIG_PATH
} from "./chunk-XQPV75ZH.js";
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import "./chunk-7D2IJALN.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/default-branch.ts
async function assertDefaultBranchCheckout(repoDir, defaultBranch) {
  const revs = ["HEAD", `refs/remotes/origin/${defaultBranch}`];
  const found = await gitDirAndCommits(repoDir, revs);
  if (found && found.commits[0] === found.commits[1]) return { gitDir: found.gitDir };
  const [head, tip] = found?.commits ?? await resolveCommits(repoDir, revs);
  if (!head || !tip || head !== tip) {
    throw new InputError(
      `The checkout is not the default branch ${defaultBranch} (HEAD ${head?.slice(0, 12) ?? "unknown"}, origin/${defaultBranch} ${tip?.slice(0, 12) ?? "unknown"}): AIOS reads its config, personas and rules only from the default branch.`,
      [],
      {
        hint: `Check out with \`ref: \${{ github.event.repository.default_branch }}\` and \`fetch-depth: 0\`.`
      }
    );
  }
  return { gitDir: found?.gitDir ?? await gitDirOf(repoDir) };
}
async function switchedOffOnDefaultBranch(repoDir, defaultBranch, options = {}) {
  if (!options.fetched)
    await gitWithInput(
      repoDir,
      [
        "fetch",
        "--quiet",
        "origin",
        `+refs/heads/${defaultBranch}:refs/remotes/origin/${defaultBranch}`
      ],
      void 0
    );
  const r = await gitWithInput(
    repoDir,
    ["show", `refs/remotes/origin/${defaultBranch}:${REPO_CONFIG_PATH}`],
    void 0
  );
  if (r.code !== 0) return false;
  const { parseConfig } = await import("./load-config-6QUYMQYZ.js");
  return !parseConfig(r.stdout.toString("utf8"), REPO_CONFIG_PATH).config.enabled;
}
export {
  assertDefaultBranchCheckout,
  switchedOffOnDefaultBranch
};
