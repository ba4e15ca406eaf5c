import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  commitHoldsFiles
} from "./chunk-JRGQ7BIS.js";
import {
  commitFiles
} from "./chunk-TOOXQAFB.js";
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  ForgeError
} from "./chunk-BXJ33WYV.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/forge/local-forge.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
var LOCAL_FORGE_DIR = ".aios";
async function head(repoDir) {
  const r = await gitWithInput(repoDir, ["rev-parse", "HEAD", "--abbrev-ref", "HEAD"], void 0);
  const [commit, branch] = r.stdout.toString("utf8").trim().split("\n");
  if (r.code !== 0 || !commit || !/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new ForgeError(`${repoDir} has no commit to build the task branch on.`, void 0, {
      hint: "Commit the repository first: AIOS branches from the current HEAD."
    });
  }
  return { commit, branch: branch && branch !== "HEAD" ? branch : "HEAD" };
}
async function branchTip(repoDir, ref) {
  const r = await gitWithInput(repoDir, ["for-each-ref", "--format=%(objectname)", ref], void 0);
  return r.stdout.toString("utf8").trim() || void 0;
}
async function tipAndHead(repoDir, ref) {
  const r = await gitWithInput(
    repoDir,
    ["for-each-ref", "--format=%(HEAD) %(objectname) %(refname)", "refs/heads/"],
    void 0
  );
  let existing;
  let current;
  if (r.code === 0)
    for (const line of r.stdout.toString("utf8").split("\n")) {
      const m = /^([* ]) ([0-9a-f]{40,64}) (refs\/heads\/.+)$/.exec(line);
      if (!m?.[2] || !m[3]) continue;
      if (m[3] === ref) existing = m[2];
      if (m[1] === "*") current = { commit: m[2], branch: m[3].slice("refs/heads/".length) };
    }
  if (r.code !== 0) existing = await branchTip(repoDir, ref);
  return { existing, current: current ?? await head(repoDir) };
}
function createLocalForge(options) {
  const { repoDir } = options;
  const author = options.author ?? { name: "AIOS", email: "aios@localhost" };
  return {
    kind: "local",
    async deliver(d) {
      const ref = `refs/heads/${d.branch}`;
      const { existing, current } = await tipAndHead(repoDir, ref);
      const unchanged = existing !== void 0 && await commitHoldsFiles(repoDir, existing, d.files);
      const commit = unchanged && existing ? existing : await commitFiles(repoDir, {
        ref,
        parent: existing ?? current.commit,
        files: d.files,
        message: d.commitMessage,
        author,
        time: Math.floor(d.time.getTime() / 1e3)
      });
      const dir = join(repoDir, LOCAL_FORGE_DIR, "pulls");
      const file = join(dir, `${d.task.key}.md`);
      await mkdir(dir, { recursive: true });
      const created = !await readFile(file, "utf8").then(
        () => true,
        () => false
      );
      const front = (0, import_yaml.stringify)({
        title: d.pr.title,
        state: "draft",
        head: d.branch,
        headCommit: commit,
        base: current.branch,
        reviewers: [...d.reviewers],
        task: d.task.id
      });
      await writeFile(file, `---
${front}---
${d.pr.body}`);
      return {
        branch: d.branch,
        commit,
        committed: !unchanged,
        pr: { url: `${LOCAL_FORGE_DIR}/pulls/${d.task.key}.md`, created }
      };
    },
    async ask(q) {
      const dir = join(repoDir, LOCAL_FORGE_DIR, "questions");
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${q.task.key}.md`);
      const body = [
        `# AIOS needs a human: ${q.task.title}`,
        "",
        `Stage: ${q.stage}. ${q.reason}`,
        "",
        ...q.questions.map((x) => `- ${x}`),
        ""
      ].join("\n");
      await writeFile(file, body);
      return { url: `${LOCAL_FORGE_DIR}/questions/${q.task.key}.md` };
    }
  };
}

export {
  LOCAL_FORGE_DIR,
  createLocalForge
};
