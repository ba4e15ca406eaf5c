import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  costOf
} from "./chunk-2K2IB55S.js";
import {
  readStoredEntryBatches
} from "./chunk-AOHIPDJV.js";
import {
  LEDGER_SCHEMA,
  LedgerEntry
} from "./chunk-WLCXD5WQ.js";
import {
  ENTRY_PATH,
  LEDGER_ROOT,
  descends,
  monthOfPath,
  resolveCommit,
  updateRef
} from "./chunk-X6HZWWGC.js";
import {
  readBlobs
} from "./chunk-GEAMK3OW.js";
import {
  spawnGitStream
} from "./chunk-NBMJ4FYU.js";
import {
  taskKey
} from "./chunk-BM7RQP47.js";
import {
  sha256
} from "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import {
  GitError,
  InputError,
  LedgerError
} from "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";

// src/git/history-reader.ts
import { createInterface } from "node:readline";
async function* readFirstParentHistory(repoDir, tip) {
  const git = spawnGitStream(repoDir, [
    "-c",
    "core.quotePath=false",
    "log",
    "--format=commit %H",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "--reverse",
    "--first-parent",
    "--diff-merges=first-parent",
    tip
  ]);
  let finished = false;
  try {
    for await (const line of createInterface({ input: git.stdout, crlfDelay: Infinity })) {
      if (line.startsWith("commit ")) {
        yield { kind: "commit", id: line.slice(7) };
        continue;
      }
      if (!line.startsWith(":")) continue;
      const tab = line.indexOf("	");
      yield {
        kind: "change",
        status: line.slice(0, tab).split(" ")[4] ?? "",
        path: line.slice(tab + 1)
      };
    }
    const { code, stderr } = await git.exited;
    if (code !== 0) throw new GitError(`cannot read the history of ${tip}: ${stderr}`);
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
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

// src/ledger/verify-anchor.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var ANCHOR_SCHEMA = "aios-ledger-anchor/1";
var AnchorFile = external_exports.object({
  schema: external_exports.literal(ANCHOR_SCHEMA),
  ref: external_exports.string(),
  tip: external_exports.string().regex(/^[0-9a-f]{40,64}$/),
  verifiedAt: external_exports.string()
});
function defaultAnchorRef(ledgerRef) {
  const branch = ledgerRef.replace(/^refs\/heads\//, "").replace(/^refs\/remotes\/[^/]+\//, "");
  return `refs/aios/verified/${branch}`;
}
async function fileTip(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new InputError(`${file} is not valid JSON`, [], { cause });
  }
  const parsed = AnchorFile.safeParse(json);
  if (!parsed.success)
    throw new InputError(`${file} is not a ledger anchor (${ANCHOR_SCHEMA})`, [
      { location: { file }, message: parsed.error.issues[0]?.message ?? "invalid" }
    ]);
  return parsed.data.tip;
}
async function checkAnchors(repoDir, ledgerRef, tip, places = {}) {
  const anchors = [];
  const ref = places.ref ?? defaultAnchorRef(ledgerRef);
  const fromRef = await resolveCommit(repoDir, ref);
  if (fromRef) anchors.push({ anchor: fromRef, where: ref });
  if (places.file) {
    const fromFile = await fileTip(places.file);
    if (fromFile) anchors.push({ anchor: fromFile, where: places.file });
  }
  const breaks = [];
  for (const { anchor, where } of anchors) {
    const r = await descends(repoDir, anchor, tip);
    if (r === "yes") continue;
    breaks.push({
      anchor,
      where,
      message: r === "missing" ? `the last verified tip ${anchor.slice(0, 12)} (${where}) is not in this repository: the ledger's history was rewritten and the old commits are gone, or this clone never fetched them` : `the ledger was rewritten: ${tip.slice(0, 12)} does not descend from the last verified tip ${anchor.slice(0, 12)} (${where}), so entries verified before were edited, dropped or reordered`
    });
  }
  return breaks;
}
async function recordAnchor(repoDir, ledgerRef, tip, places = {}, now = /* @__PURE__ */ new Date()) {
  await updateRef(repoDir, places.ref ?? defaultAnchorRef(ledgerRef), tip);
  if (places.file) {
    await mkdir(dirname(places.file), { recursive: true });
    const body = `${JSON.stringify(
      { schema: ANCHOR_SCHEMA, ref: ledgerRef, tip, verifiedAt: now.toISOString() },
      null,
      2
    )}
`;
    const tmp = `${places.file}.${process.pid}.tmp`;
    await writeFile(tmp, body);
    await rename(tmp, places.file);
  }
}

// src/ledger/verify-ledger.ts
var Collector = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  list = [];
  omitted = 0;
  add(kind, path, message, commit) {
    if (this.list.length >= this.limit) this.omitted++;
    else this.list.push({ kind, path, commit, message });
  }
};
function checkTask(folder, links, out) {
  if (links.length === 0) return;
  const byHash = /* @__PURE__ */ new Map();
  for (const l of links) byHash.set(l.hash, l);
  const heads = links.filter((l) => l.prev === null);
  if (heads.length === 0)
    out.add(
      "chain",
      links[0]?.path,
      "no entry of this task starts its chain (every entry names a previous one): the first entry was removed"
    );
  for (const extra of heads.slice(1))
    out.add(
      "chain",
      extra.path,
      `a second chain starts here (prev is null), but ${heads[0]?.path} already starts this task's chain`
    );
  const followers = /* @__PURE__ */ new Map();
  for (const l of links) {
    if (typeof l.prev !== "string") continue;
    if (!byHash.has(l.prev))
      out.add(
        "chain",
        l.path,
        `prev ${l.prev.slice(0, 12)}\u2026 names no entry of this task: the entry before it was removed or edited`
      );
    const other = followers.get(l.prev);
    if (other)
      out.add(
        "chain",
        l.path,
        `the chain forks: this entry and ${other.path} both follow ${byHash.get(l.prev)?.path ?? l.prev.slice(0, 12)}`
      );
    else followers.set(l.prev, l);
  }
  const events = new Set(links.map((l) => l.event));
  for (const d of links.filter((l) => l.event === "delivered")) {
    if (!events.has("planned"))
      out.add("task", d.path, "the task was delivered but has no `planned` entry");
    if (!events.has("attempt"))
      out.add("task", d.path, "the task was delivered but has no `attempt` entry (no model call)");
  }
  const head = heads[0];
  const month = monthOfPath(folder);
  if (head?.at && month && head.at.slice(0, 7) !== month)
    out.add(
      "path",
      head.path,
      `the task's first entry is from ${head.at.slice(0, 7)} but its folder is ${month.replace("-", "/")}`
    );
}
function keysNotIn(raw, parsed, at = "") {
  if (Array.isArray(raw) && Array.isArray(parsed))
    return raw.flatMap((r, i) => keysNotIn(r, parsed[i], `${at}[${i}]`));
  if (!raw || typeof raw !== "object" || !parsed || typeof parsed !== "object") return [];
  const out = [];
  for (const [k, v] of Object.entries(raw)) {
    const name = at ? `${at}.${k}` : k;
    if (!Object.prototype.hasOwnProperty.call(parsed, k)) out.push(name);
    else out.push(...keysNotIn(v, parsed[k], name));
  }
  return out;
}
function checkEntry(path, bytes, match, taskFolders, out, delivered) {
  const hash = sha256(bytes);
  const id = match[4] ?? "";
  const folder = path.slice(0, path.lastIndexOf("/"));
  let json;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    out.add("schema", path, "is not valid JSON");
    return { path, id, hash, prev: void 0, event: match[5], at: void 0 };
  }
  const raw = typeof json === "object" && json !== null ? json : {};
  const prev = raw.prev === null || typeof raw.prev === "string" ? raw.prev : void 0;
  const at = typeof raw.at === "string" ? raw.at : void 0;
  if (raw.schema !== LEDGER_SCHEMA) {
    out.add(
      "schema",
      path,
      `schema version ${JSON.stringify(raw.schema)} is not one this AIOS knows (${LEDGER_SCHEMA}): upgrade AIOS, or the file was not written by it`
    );
    return { path, id, hash, prev, event: match[5], at };
  }
  const parsed = LedgerEntry.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(entry)"}: ${i.message}`).join("; ");
    const more = parsed.error.issues.length > 3 ? ` (+${parsed.error.issues.length - 3} more)` : "";
    out.add("schema", path, `does not match the ${LEDGER_SCHEMA} schema: ${issues}${more}`);
    return { path, id, hash, prev, event: match[5], at };
  }
  const e = parsed.data;
  const extra = keysNotIn(raw, e);
  if (extra.length > 0)
    out.add(
      "schema",
      path,
      `holds ${extra.length === 1 ? "a key" : "keys"} the ${LEDGER_SCHEMA} schema does not allow: ${extra.slice(0, 5).join(", ")}${extra.length > 5 ? ", \u2026" : ""}`
    );
  if (e.id !== id || e.event !== match[5])
    out.add(
      "path",
      path,
      `the file name says ${id}-${match[5]} but the entry is ${e.id}-${e.event}`
    );
  const key = taskKey(e.task);
  if (key !== match[3])
    out.add(
      "path",
      path,
      `the entry is for task ${e.task} (folder ${key}) but sits in folder ${match[3]}`
    );
  const seen = taskFolders.get(e.task);
  if (seen === void 0) taskFolders.set(e.task, folder);
  else if (seen !== folder)
    out.add("path", path, `task ${e.task} also has entries in ${seen}: a task keeps one folder`);
  if (e.event === "delivered" && delivered)
    delivered.push({ path, task: e.task, commit: e.data.commit, branch: e.data.branch });
  if (e.event === "attempt") {
    const c = costOf(e.usage, e.cost.billing, e.cost.price, e.cost.shadowPrice);
    if (c.actualMicros !== e.cost.actualMicros)
      out.add(
        "cost",
        path,
        `cost.actualMicros is ${e.cost.actualMicros} but usage \xD7 the stored price gives ${c.actualMicros}`
      );
    if (c.shadowMicros !== e.cost.shadowMicros)
      out.add(
        "cost",
        path,
        `cost.shadowMicros is ${e.cost.shadowMicros} but usage \xD7 the stored shadow price gives ${c.shadowMicros}`
      );
  }
  return { path, id, hash, prev: e.prev, event: e.event, at: e.at };
}
async function verifyLedger(repoDir, ref, options = {}) {
  const out = new Collector(options.limit ?? 1e4);
  const tip = await resolveCommit(repoDir, ref);
  if (!tip)
    throw new LedgerError(`there is no ledger at ${ref}`, {
      hint: "Fetch the ledger branch (git fetch origin aios-ledger:aios-ledger) or pass --ref."
    });
  if (options.anchor !== false)
    for (const b of await checkAnchors(repoDir, ref, tip, options.anchor ?? {}))
      out.add("rewrite", void 0, b.message, tip);
  const taskFolders = /* @__PURE__ */ new Map();
  const delivered = options.branches ? [] : void 0;
  let folder;
  let links = [];
  let entries = 0;
  let tasks = 0;
  for await (const batch of readStoredEntryBatches(repoDir, tip, { folder: LEDGER_ROOT })) {
    for (const s of batch) {
      const match = ENTRY_PATH.exec(s.path);
      if (!match) {
        out.add(
          "path",
          s.path,
          "is not a ledger entry file: entries are ledger/<yyyy>/<mm>/<task-key>/<id>-<event>.json"
        );
        continue;
      }
      const dir = s.path.slice(0, s.path.lastIndexOf("/"));
      if (dir !== folder) {
        if (folder !== void 0) checkTask(folder, links, out);
        folder = dir;
        links = [];
        tasks++;
      }
      entries++;
      links.push(checkEntry(s.path, s.bytes, match, taskFolders, out, delivered));
    }
  }
  if (folder !== void 0) checkTask(folder, links, out);
  if (delivered)
    for (const m of await crossCheckDeliveries(repoDir, delivered))
      out.add("delivery", m.path, m.message, m.path ? void 0 : m.commit);
  const needCommit = /* @__PURE__ */ new Map();
  for (const v of out.list)
    if (v.path && !v.commit) needCommit.set(v.path, [...needCommit.get(v.path) ?? [], v]);
  const deleted = /* @__PURE__ */ new Set();
  let commits = 0;
  let commit = "";
  for await (const step of readFirstParentHistory(repoDir, tip)) {
    if (step.kind === "commit") {
      commit = step.id;
      commits++;
      continue;
    }
    const { status, path } = step;
    const short = commit.slice(0, 12);
    if (status === "A" || status === "M")
      for (const v of needCommit.get(path) ?? []) v.commit = commit;
    if (status === "A") {
      if (!path.startsWith(LEDGER_ROOT))
        out.add(
          "path",
          path,
          `was added outside ledger/ in ${short}: the ledger branch holds entries only`,
          commit
        );
      if (deleted.has(path)) {
        out.add(
          "history",
          path,
          `was added again in ${short} after it was deleted: an entry is written once`,
          commit
        );
        deleted.delete(path);
      }
    } else if (status === "M") {
      out.add(
        "history",
        path,
        `was modified in ${short}: an entry is written once and never edited`,
        commit
      );
    } else if (status === "D") {
      deleted.add(path);
      out.add("history", path, `was deleted in ${short}: entries are never removed`, commit);
    } else {
      out.add(
        "history",
        path,
        `changed (${status}) in ${short}: entries are only ever added`,
        commit
      );
    }
  }
  const violations = out.list.sort(
    (a, b) => (a.path ?? "").localeCompare(b.path ?? "") || a.kind.localeCompare(b.kind)
  );
  if (options.anchor !== false && violations.length === 0 && out.omitted === 0)
    await recordAnchor(repoDir, ref, tip, options.anchor ?? {});
  return { ref, tip, commits, entries, tasks, violations, omitted: out.omitted };
}
export {
  verifyLedger
};
