import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  packLimits
} from "./chunk-A5JTEFZF.js";
import {
  readBlobs
} from "./chunk-LBO5STXY.js";
import {
  spawnGitStream
} from "./chunk-JSOWHKFK.js";
import {
  GitError
} from "./chunk-BXJ33WYV.js";

// src/git/history-reader.ts
function commitAndParents(line) {
  const [id = "", ...parents] = line.trimEnd().split(" ");
  return { id, parents: parents.length };
}
function holdsAt(buf, at, prefix) {
  if (at + prefix.length > buf.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}
async function* readFirstParentHistoryBatches(repoDir, tip, options = {}) {
  const git = spawnGitStream(repoDir, firstParentLog(tip, ["--format=commit %H %P", "--reverse"]));
  let skipped = (options.skipAddedUnder ?? []).map((f) => Buffer.from(`A	${f}`, "utf8"));
  let finished = false;
  try {
    let rest;
    for await (const chunk of git.stdout) {
      const buf = rest ? Buffer.concat([rest, chunk]) : chunk;
      const steps = [];
      let pos = 0;
      for (let nl = buf.indexOf(10, pos); nl >= 0; pos = nl + 1, nl = buf.indexOf(10, pos)) {
        if (skipped.length > 0 && buf[pos] === 65 && buf[pos + 1] === 9) {
          let skip = false;
          for (const prefix of skipped) if (skip = holdsAt(buf, pos, prefix)) break;
          if (skip) continue;
        }
        const line = buf.toString("utf8", pos, nl);
        if (line.startsWith("commit ")) {
          steps.push({ kind: "commit", ...commitAndParents(line.slice(7)) });
          continue;
        }
        const tab = line.indexOf("	");
        if (tab <= 0) continue;
        const status = line.slice(0, tab);
        if (status !== "A") skipped = [];
        steps.push({ kind: "change", status, path: line.slice(tab + 1) });
      }
      rest = pos < buf.length ? buf.subarray(pos) : void 0;
      if (steps.length > 0) yield steps;
    }
    const { code, stderr } = await git.exited;
    if (code !== 0) throw new GitError(`cannot read the history of ${tip}: ${stderr}`);
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}
function firstParentLog(tip, extra) {
  return [
    ...packLimits("16m"),
    "-c",
    "core.quotePath=false",
    "log",
    ...extra,
    "--name-status",
    "--no-renames",
    "--first-parent",
    "--diff-merges=first-parent",
    tip
  ];
}
async function changesOtherThanAdditions(repoDir, tip) {
  const git = spawnGitStream(repoDir, firstParentLog(tip, ["--format=", "--diff-filter=a"]));
  let found = false;
  try {
    for await (const chunk of git.stdout) {
      if (chunk.some((b) => b !== 10)) {
        found = true;
        break;
      }
    }
  } finally {
    if (found) git.kill();
  }
  if (found) return true;
  const { code, stderr } = await git.exited;
  if (code !== 0) throw new GitError(`cannot read the history of ${tip}: ${stderr}`);
  return false;
}
async function firstParentCommits(repoDir, tip, onCommit) {
  const git = spawnGitStream(repoDir, [
    ...packLimits("16m"),
    "rev-list",
    "--first-parent",
    "--parents",
    tip
  ]);
  let count = 0;
  let rest = "";
  const commit = (line) => {
    const { id, parents } = commitAndParents(line);
    count++;
    onCommit(id, parents);
  };
  for await (const chunk of git.stdout) {
    const lines = (rest + chunk.toString("latin1")).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) if (line) commit(line);
  }
  if (rest) commit(rest);
  const { code, stderr } = await git.exited;
  if (code !== 0) throw new GitError(`cannot list the history of ${tip}: ${stderr}`);
  return count;
}
async function* readTrailers(repoDir, key, refs) {
  const selectors = [
    ...(refs.branches ?? []).map((g) => `--branches=${g}`),
    ...(refs.remotes ?? []).map((g) => `--remotes=${g}`)
  ];
  if (selectors.length === 0) return;
  const git = spawnGitStream(repoDir, [
    "log",
    "-z",
    `--format=%H %(trailers:key=${key},valueonly,separator=%x1f)`,
    ...selectors,
    "--"
  ]);
  let finished = false;
  try {
    let rest = "";
    for await (const chunk of git.stdout) {
      const records = (rest + chunk.toString("utf8")).split("\0");
      rest = records.pop() ?? "";
      for (const rec of records) {
        const parsed = parseTrailerRecord(rec);
        if (parsed) yield parsed;
      }
    }
    const last = parseTrailerRecord(rest);
    if (last) yield last;
    const { code, stderr } = await git.exited;
    if (code !== 0) throw new GitError(`cannot read the ${key} trailers: ${stderr}`);
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}
function parseTrailerRecord(rec) {
  const text = rec.trim();
  const space = text.indexOf(" ");
  if (space < 0) return void 0;
  const values = text.slice(space + 1).split("").map((v) => v.trim()).filter(Boolean);
  return values.length ? { commit: text.slice(0, space), values } : void 0;
}
function trailerValues(commitObject, key) {
  const text = commitObject.toString("utf8");
  const message = text.slice(text.indexOf("\n\n") + 2).trimEnd();
  const lastParagraph = message.slice(message.lastIndexOf("\n\n") + 1);
  const prefix = `${key.toLowerCase()}:`;
  return lastParagraph.split("\n").filter((l) => l.toLowerCase().startsWith(prefix)).map((l) => l.slice(prefix.length).trim());
}

// src/ledger/verify-deliveries.ts
var TASK_TRAILER = "AIOS-Task";
var LEDGER_HEAD_TRAILER = "AIOS-Ledger-Head";
var TASK_BRANCHES = { branches: ["aios/*"], remotes: ["*/aios/*"] };
async function crossCheckDeliveries(repoDir, delivered) {
  const out = [];
  let i = 0;
  for await (const object of readBlobs(
    repoDir,
    delivered.map((d) => d.commit)
  )) {
    const d = delivered[i++];
    if (!d) break;
    if (!object) {
      out.push({
        path: d.path,
        commit: d.commit,
        message: `delivered commit ${d.commit.slice(0, 12)} (branch ${d.branch}) is not in this repository: the delivery was forged, or fetch the task branches (git fetch origin 'refs/heads/aios/*:refs/remotes/origin/aios/*')`
      });
      continue;
    }
    const tasks = trailerValues(object, TASK_TRAILER);
    if (!tasks.includes(d.task))
      out.push({
        path: d.path,
        commit: d.commit,
        message: `delivered commit ${d.commit.slice(0, 12)} carries ${tasks.length ? `${TASK_TRAILER}: ${tasks.join(", ")}` : `no ${TASK_TRAILER} trailer`}, not ${d.task}`
      });
    const mismatch = ledgerHeadMismatch(d, trailerValues(object, LEDGER_HEAD_TRAILER));
    if (mismatch) out.push({ path: d.path, commit: d.commit, message: mismatch });
  }
  const known = new Set(delivered.map((d) => d.commit));
  for await (const c of readTrailers(repoDir, TASK_TRAILER, TASK_BRANCHES)) {
    if (known.has(c.commit)) continue;
    out.push({
      path: void 0,
      commit: c.commit,
      message: `task commit ${c.commit.slice(0, 12)} (${TASK_TRAILER}: ${c.values.join(", ")}) has no delivered entry in the ledger: entries were dropped`
    });
  }
  return out;
}
function ledgerHeadMismatch(d, heads) {
  const short = d.commit.slice(0, 12);
  if (heads.length === 0)
    return `delivered commit ${short} carries no ${LEDGER_HEAD_TRAILER} trailer: it does not name the ledger history it was delivered on (delivered by an AIOS before this check, or the commit was rewritten)`;
  const before = d.before ?? /* @__PURE__ */ new Set();
  const unknown = heads.filter((h) => !before.has(h));
  if (unknown.length > 0)
    return `delivered commit ${short} names ${LEDGER_HEAD_TRAILER} ${unknown[0]?.slice(0, 12)}\u2026, which is no entry of ${d.task} before its delivery: the entries the work was delivered on were edited or dropped`;
  return void 0;
}

export {
  readFirstParentHistoryBatches,
  changesOtherThanAdditions,
  firstParentCommits,
  LEDGER_HEAD_TRAILER,
  crossCheckDeliveries
};
