import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LOCAL_FORGE_DIR
} from "./chunk-MUNOGZEL.js";
import "./chunk-6XXI64NQ.js";
import "./chunk-Z2EKZKH3.js";
import {
  refExists,
  resolveCommit
} from "./chunk-QM6KZFNS.js";
import {
  gitWithInput
} from "./chunk-O4HDCP25.js";
import {
  taskKey
} from "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import {
  GitError,
  InputError
} from "./chunk-ZFFYD355.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/app/revert-task.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

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

// src/app/revert-task.ts
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
  const dir = join2(deps.repoDir, LOCAL_FORGE_DIR, "pulls");
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
    join2(deps.repoDir, url),
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
