import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LOCAL_FORGE_DIR
} from "./chunk-AETESVYL.js";
import {
  revertCommits
} from "./chunk-LVUGKCVX.js";
import "./chunk-JRGQ7BIS.js";
import "./chunk-TOOXQAFB.js";
import {
  taskKey
} from "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import {
  refExists,
  resolveCommit
} from "./chunk-OMXXCWD7.js";
import "./chunk-JSOWHKFK.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/app/revert-task.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
function revertBranch(task) {
  return `aios/revert-${taskKey(task)}`;
}
async function revertLocal(deps, task, options = {}) {
  const history = [];
  for await (const e of deps.ledger.entries({ task })) history.push(e);
  history.sort((a, b) => a.id.localeCompare(b.id));
  const delivered = history.filter((e) => e.event === "delivered");
  const last = delivered.at(-1);
  if (!last)
    throw new InputError(
      history.length === 0 ? `There is no task "${task}" in the ledger.` : `Task ${task} has no delivered work to revert.`,
      [],
      { hint: "Name the task as the ledger does (e.g. local/<repo>#<file name>)." }
    );
  if (history.some((e) => e.event === "reverted" && e.id > last.id))
    throw new InputError(`Task ${task} is already reverted since its last delivery.`);
  const commits = [...new Set(delivered.map((d) => d.data.commit))].reverse();
  const branch = revertBranch(task);
  if (await refExists(deps.repoDir, `refs/heads/${branch}`))
    throw new InputError(`The branch ${branch} already exists.`, [], {
      hint: `Delete it (git branch -D ${branch}) to open the revert again.`
    });
  const onto = await resolveCommit(deps.repoDir, "HEAD");
  if (!onto) throw new InputError(`${deps.repoDir} has no commit to build the revert on.`);
  const now = deps.now ?? /* @__PURE__ */ new Date();
  const message = [
    `Revert ${task}`,
    "",
    `This reverts ${commits.length === 1 ? "commit" : "commits"} ${commits.join(", ")}, delivered by AIOS.`,
    ...options.reason ? ["", `Why: ${options.reason}`] : [],
    "",
    `Reverted-by: ${deps.login}`
  ].join("\n");
  const commit = await revertCommits(deps.repoDir, {
    commits,
    onto,
    branch,
    message,
    author: { name: deps.login, email: `${deps.login}@localhost` },
    time: Math.floor(now.getTime() / 1e3)
  });
  const dir = join(deps.repoDir, LOCAL_FORGE_DIR, "pulls");
  await mkdir(dir, { recursive: true });
  const url = `${LOCAL_FORGE_DIR}/pulls/revert-${taskKey(task)}.md`;
  const front = (0, import_yaml.stringify)({
    title: `Revert ${task}`,
    state: "draft",
    head: branch,
    headCommit: commit,
    base: "HEAD",
    task,
    reverts: commits
  });
  await writeFile(
    join(deps.repoDir, url),
    `---
${front}---
${message}

Delivered in ${last.data.pr.url}. Review and merge to roll the work back.
`
  );
  const entry = await deps.ledger.append({
    task,
    work: last.work,
    rule: last.rule,
    event: "reverted",
    actor: { type: "human", login: deps.login },
    data: { by: deps.login, commits, branch, commit, pr: { url }, reason: options.reason }
  });
  return entry;
}
export {
  revertBranch,
  revertLocal
};
