import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  changesOtherThanAdditions,
  crossCheckDeliveries,
  firstParentCommits,
  readFirstParentHistoryBatches
} from "./chunk-ZNMLEDWB.js";
import {
  costOf
} from "./chunk-U4ZCRPO5.js";
import {
  ENTRY_PATH,
  LEDGER_ROOT,
  fastCheckEntry,
  gitlinksAmong,
  monthOfPath,
  packLimits,
  parseJsonBytes,
  readLedgerFileBatches,
  readPromptFileBatches
} from "./chunk-A5JTEFZF.js";
import {
  PROMPTS_ROOT,
  idOfPromptPath,
  objectsNamedBy,
  promptObjectProblem
} from "./chunk-DW3TUGME.js";
import {
  LEDGER_SCHEMA,
  LedgerEntry
} from "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import {
  taskKey
} from "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import {
  descends,
  listRefs,
  resolveCommit,
  updateRef
} from "./chunk-OMXXCWD7.js";
import "./chunk-LBO5STXY.js";
import {
  gitWithInput,
  spawnGitStream
} from "./chunk-JSOWHKFK.js";
import {
  sha256
} from "./chunk-PRCMZNRS.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-C56QB4EX.js";
import {
  GitError,
  InputError,
  LedgerError
} from "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/git/replace-refs.ts
var ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var REPLACE_REFS = "refs/replace/";
async function replacedObjectsOf(repoDir, tip, listed) {
  const refs = /* @__PURE__ */ new Map();
  for (const { ref, id: by, type } of listed ?? await listRefs(repoDir, [REPLACE_REFS])) {
    const id = ref.slice(REPLACE_REFS.length);
    if (ref.startsWith(REPLACE_REFS) && ID.test(id))
      refs.set(id, { ref, by, type });
  }
  if (refs.size === 0) return [];
  const found = [];
  const git = spawnGitStream(repoDir, [
    ...packLimits("16m"),
    "rev-list",
    "--objects",
    "--in-commit-order",
    tip
  ]);
  let finished = false;
  try {
    let rest = "";
    for await (const chunk of git.stdout) {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        const space = line.indexOf(" ");
        const id = space < 0 ? line : line.slice(0, space);
        const hit = refs.get(id);
        if (!hit) continue;
        refs.delete(id);
        found.push({
          ...hit,
          id,
          path: space < 0 ? void 0 : line.slice(space + 1) || void 0
        });
      }
    }
    const { code, stderr } = await git.exited;
    if (code !== 0) throw new GitError(`cannot list the objects of ${tip}: ${stderr}`);
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
  return found;
}

// src/git/signatures.ts
async function commitSignatures(repoDir, tip, allowedSigners) {
  const r = await gitWithInput(
    repoDir,
    [
      ...allowedSigners ? ["-c", `gpg.ssh.allowedSignersFile=${allowedSigners}`] : [],
      "log",
      "--first-parent",
      "--format=%H %G? %GF",
      tip,
      "--"
    ],
    void 0
  );
  if (r.code !== 0) throw new GitError(`cannot read the signatures of ${tip}: ${r.stderr.trim()}`);
  return r.stdout.toString("utf8").split("\n").filter(Boolean).map((l) => {
    const [commit = "", status = "N", key = ""] = l.split(" ");
    return { commit, status, key };
  });
}

// src/ledger/verify-forge.ts
var ForgeFacts = class {
  constructor(check) {
    this.check = check;
  }
  check;
  facts = [];
  foreign = [];
  /** Entries of tasks delivered without a PR on this forge (local runs): nothing to check. */
  skipped = 0;
  add(path, e) {
    if (e.event === "delivered") {
      const n = e.data.pr.number;
      if (n === void 0) this.skipped++;
      else this.facts.push({ path, pr: n, entry: e });
    } else if (e.event === "signoff" || e.event === "outcome") {
      const n = this.prNumber(path, e.data.pr);
      if (n !== void 0) this.facts.push({ path, pr: n, entry: e });
    }
  }
  /**
   * `owner/repo#12` (or the PR's URL) of this repository; a local PR file is skipped, another
   * repository named.
   */
  prNumber(path, ref) {
    const m = /^([^/\s]+)\/([^#\s/]+)#(\d+)$/.exec(ref) ?? /^https?:\/\/[^/]+\/([^/\s]+)\/([^/\s]+)\/pull\/(\d+)$/.exec(ref);
    if (!m) {
      this.skipped++;
      return void 0;
    }
    if (m[1]?.toLowerCase() !== this.check.owner.toLowerCase() || m[2]?.toLowerCase() !== this.check.repo.toLowerCase()) {
      this.foreign.push({
        path,
        message: `names PR ${ref}, which is not of ${this.check.owner}/${this.check.repo}: verify it against that repository`
      });
      return void 0;
    }
    return Number(m[3]);
  }
};
async function pool(items, n, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++];
        await fn(item);
      }
    })
  );
}
var APPROVING = /* @__PURE__ */ new Set(["APPROVED", "DISMISSED"]);
function checkSignoff(e, pr, reviews) {
  const login = e.data.login.toLowerCase();
  const byLogin = reviews.filter((r) => r.login.toLowerCase() === login);
  const review = e.data.reviewId !== void 0 ? reviews.find((r) => r.id === e.data.reviewId) : byLogin.find((r) => e.data.approved ? APPROVING.has(r.state) : true);
  if (!review)
    return e.data.reviewId !== void 0 ? `signoff by ${e.data.login} names review ${e.data.reviewId}, which PR #${pr} does not have: the forge knows of no such review` : `signoff by ${e.data.login}: PR #${pr} has no ${e.data.approved ? "approving " : ""}review by ${e.data.login}: the forge knows of no such sign-off`;
  if (review.login.toLowerCase() !== login)
    return `signoff by ${e.data.login} names review ${review.id}, which is by ${review.login} on PR #${pr}`;
  if (e.data.approved && !APPROVING.has(review.state))
    return `signoff by ${e.data.login} says approved, but review ${review.id} on PR #${pr} is ${review.state}`;
  if (e.data.commit && review.commit && e.data.commit !== review.commit)
    return `signoff by ${e.data.login} names commit ${e.data.commit.slice(0, 12)}, but review ${review.id} on PR #${pr} was given on ${review.commit.slice(0, 12)}`;
  return void 0;
}
function checkOutcome(e, pr, state) {
  const actual = state.merged ? "accepted" : state.state === "closed" ? "rejected" : "open";
  if (actual === e.data.outcome) return void 0;
  return `outcome says ${e.data.outcome}, but PR #${pr} is ${state.merged ? "merged" : state.state === "closed" ? "closed without merging" : "still open"} on the forge`;
}
async function checkDelivered(repoDir, e, pr, state) {
  const commit = e.data.commit;
  if (commit === state.headSha) return void 0;
  if (!await resolveCommit(repoDir, state.headSha))
    return `cannot place delivered commit ${commit.slice(0, 12)}: PR #${pr}'s head ${state.headSha.slice(0, 12)} is not in this repository (git fetch origin 'refs/heads/aios/*:refs/remotes/origin/aios/*')`;
  const d = await descends(repoDir, commit, state.headSha);
  if (d === "yes") return void 0;
  return d === "missing" ? `delivered commit ${commit.slice(0, 12)} is not in this repository, so it is not on PR #${pr} (head ${state.headSha.slice(0, 12)})` : `delivered commit ${commit.slice(0, 12)} is neither PR #${pr}'s head ${state.headSha.slice(0, 12)} nor an ancestor of it`;
}
async function crossCheckForge(repoDir, check, facts) {
  const byPr = /* @__PURE__ */ new Map();
  for (const f of facts.facts) byPr.set(f.pr, [...byPr.get(f.pr) ?? [], f]);
  const out = [...facts.foreign];
  await pool([...byPr.keys()], check.concurrency ?? 8, async (pr) => {
    const list = byPr.get(pr) ?? [];
    let state;
    try {
      state = await check.records.pullRequestState(pr);
    } catch (error) {
      for (const f of list)
        out.push({
          path: f.path,
          message: `PR #${pr} cannot be read on ${check.owner}/${check.repo}: ${error instanceof Error ? error.message : String(error)}`
        });
      return;
    }
    const reviews = list.some((f) => f.entry.event === "signoff") ? await check.records.pullReviews(pr) : [];
    for (const f of list) {
      const e = f.entry;
      const message = e.event === "signoff" ? checkSignoff(e, pr, reviews) : e.event === "outcome" ? checkOutcome(e, pr, state) : await checkDelivered(repoDir, e, pr, state);
      if (message) out.push({ path: f.path, message });
    }
  });
  return out.sort((a, b) => a.path.localeCompare(b.path));
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
function anchorRefOf(ledgerRef, places = {}) {
  return places.ref ?? defaultAnchorRef(ledgerRef);
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
async function checkAnchors(repoDir, ledgerRef, tip, places = {}, listed) {
  const anchors = [];
  const ref = anchorRefOf(ledgerRef, places);
  const fromRef = listed === void 0 ? await resolveCommit(repoDir, ref) : listed;
  if (fromRef) anchors.push({ anchor: fromRef, where: ref, known: true });
  if (places.file) {
    const fromFile = await fileTip(places.file);
    if (fromFile) anchors.push({ anchor: fromFile, where: places.file, known: false });
  }
  const breaks = [];
  const held = [];
  for (const { anchor, where, known } of anchors) {
    const r = await descends(repoDir, anchor, tip, known);
    if (r === "yes") {
      held.push({ anchor, where });
      continue;
    }
    breaks.push({
      anchor,
      where,
      message: r === "missing" ? `the last verified tip ${anchor.slice(0, 12)} (${where}) is not in this repository: the ledger's history was rewritten and the old commits are gone, or this clone never fetched them` : `the ledger was rewritten: ${tip.slice(0, 12)} does not descend from the last verified tip ${anchor.slice(0, 12)} (${where}), so entries verified before were edited, dropped or reordered`
    });
  }
  return { breaks, held };
}
function offFirstParentLine(held, tip) {
  return `the ledger was rewritten: the last verified tip ${held.anchor.slice(0, 12)} (${held.where}) is not on the first-parent history of ${tip.slice(0, 12)}, only behind a merge's other parent: the history verify reads, and the tree at the tip, replaced what was verified`;
}
async function recordAnchor(repoDir, ledgerRef, tip, places = {}, now = /* @__PURE__ */ new Date()) {
  await updateRef(repoDir, anchorRefOf(ledgerRef, places), tip);
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

// src/ledger/verify-prompt-objects.ts
var PromptObjectRefs = class {
  /** Blob id → the first entry path (and field) that names it. */
  named = /* @__PURE__ */ new Map();
  add(path, entry) {
    for (const { id, field } of objectsNamedBy(entry))
      if (!this.named.has(id)) this.named.set(id, { path, field });
  }
  /**
   * Every object under `prompts/` at `tip` is a blob named by its own id (read and hashed), and
   * every object an entry names is there.
   */
  async check(repoDir, tip, present) {
    const problems = [];
    const held = /* @__PURE__ */ new Set();
    for await (const batch of readPromptFileBatches(repoDir, tip, present)) {
      for (const o of batch) {
        if (o.other) {
          problems.push({
            path: o.path,
            message: o.folder ? `is a submodule (gitlink) or an empty folder, not a prompt object: objects are files, ${PROMPTS_ROOT}<2 hex>/<38 hex>` : `is not a regular file (a link?), not a prompt object: objects are files, ${PROMPTS_ROOT}<2 hex>/<38 hex>`
          });
          continue;
        }
        const problem = promptObjectProblem(o.path, o.bytes);
        const id = idOfPromptPath(o.path);
        if (problem !== void 0 || id === void 0) {
          const message = problem ?? "is not a prompt object";
          problems.push({
            path: o.path,
            message: id ? `${message}: the object was altered` : message
          });
          continue;
        }
        held.add(id);
      }
    }
    for (const [id, at] of this.named)
      if (!held.has(id))
        problems.push({
          path: at.path,
          message: `${at.field} names prompt object ${id}, which the ledger branch does not hold (${PROMPTS_ROOT}${id.slice(0, 2)}/${id.slice(2)}): the prompt cannot be rebuilt`
        });
    return problems;
  }
};

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
function checkTask(folder, links, out, delivered) {
  if (links.length === 0) return;
  const byHash = /* @__PURE__ */ new Map();
  for (const l of links) byHash.set(l.hash, l);
  for (let i = (delivered?.length ?? 0) - 1; i >= 0; i--) {
    const d = delivered?.[i];
    if (!d || d.path.slice(0, d.path.lastIndexOf("/")) !== folder) break;
    const before = /* @__PURE__ */ new Set();
    let at = links.find((l) => l.path === d.path)?.prev;
    while (typeof at === "string" && !before.has(at)) {
      before.add(at);
      at = byHash.get(at)?.prev;
    }
    d.before = before;
  }
  const heads = [];
  let planned = false;
  let attempted = false;
  let deliveries = false;
  for (const l of links) {
    if (l.prev === null) heads.push(l);
    if (l.event === "planned") planned = true;
    else if (l.event === "attempt") attempted = true;
    else if (l.event === "delivered") deliveries = true;
  }
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
  if (deliveries && !(planned && attempted))
    for (const d of links) {
      if (d.event !== "delivered") continue;
      if (!planned) out.add("task", d.path, "the task was delivered but has no `planned` entry");
      if (!attempted)
        out.add(
          "task",
          d.path,
          "the task was delivered but has no `attempt` entry (no model call)"
        );
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
function replacedMessage(r) {
  const shown = r.type === "blob" ? `this file as other bytes (blob ${r.by.slice(0, 12)})` : r.type === "tree" ? `this folder as other contents (tree ${r.by.slice(0, 12)})` : `ledger ${r.type} ${r.id.slice(0, 12)} as another (${r.by.slice(0, 12)})`;
  return `${r.ref} makes git show ${shown} to anyone browsing the ledger: verify, reports and exports read the objects themselves; remove it with git replace -d ${r.id}`;
}
var SIGNATURE_PROBLEMS = {
  N: "is not signed, but the config asks for signed ledger commits (ledger.signed)",
  B: "has a bad signature: the commit was changed after it was signed",
  U: "is signed by a key that is not in the allowed signers",
  E: "has a signature that cannot be checked (no allowed-signers file, or the key is unknown)",
  X: "is signed with an expired signature",
  Y: "is signed by an expired key",
  R: "is signed by a revoked key"
};
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
var TaskFolderIndex = class {
  months = [];
  monthIds = /* @__PURE__ */ new Map();
  byTask = /* @__PURE__ */ new Map();
  lastTask = "";
  lastFolder = "";
  /** Note that `task` (key `key`) has an entry in `folder`; the folder it was first seen in when that differs. */
  note(task, key, folder) {
    if (task === this.lastTask && folder === this.lastFolder) return void 0;
    this.lastTask = task;
    this.lastFolder = folder;
    const slash = folder.lastIndexOf("/");
    const month = folder.slice(0, slash);
    const inKeyFolder = folder.slice(slash + 1) === key;
    let id = this.monthIds.get(month);
    if (id === void 0) {
      id = this.months.push(month) - 1;
      this.monthIds.set(month, id);
    }
    const seen = this.byTask.get(task);
    if (seen === void 0) {
      this.byTask.set(task, inKeyFolder ? id : folder);
      return void 0;
    }
    if (typeof seen === "number") {
      if (seen === id && inKeyFolder) return void 0;
      return `${this.months[seen] ?? ""}/${key}`;
    }
    return seen === folder ? void 0 : seen;
  }
};
var lastTask = "";
var lastKey = "";
function keyOf(task) {
  if (task !== lastTask) {
    lastKey = taskKey(task);
    lastTask = task;
  }
  return lastKey;
}
function checkEntry(path, folder, bytes, match, taskFolders, out, delivered, forgeFacts, objects) {
  const hash = sha256(bytes);
  const id = match[4] ?? "";
  let json;
  try {
    json = parseJsonBytes(bytes);
  } catch (e2) {
    out.add("schema", path, `is not valid JSON: ${e2.message}`);
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
  let e;
  if (fastCheckEntry?.(json)) e = json;
  else {
    const parsed = LedgerEntry.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(entry)"}: ${i.message}`).join("; ");
      const more = parsed.error.issues.length > 3 ? ` (+${parsed.error.issues.length - 3} more)` : "";
      out.add("schema", path, `does not match the ${LEDGER_SCHEMA} schema: ${issues}${more}`);
      return { path, id, hash, prev, event: match[5], at };
    }
    e = parsed.data;
    const extra = keysNotIn(raw, e);
    if (extra.length > 0)
      out.add(
        "schema",
        path,
        `holds ${extra.length === 1 ? "a key" : "keys"} the ${LEDGER_SCHEMA} schema does not allow: ${extra.slice(0, 5).join(", ")}${extra.length > 5 ? ", \u2026" : ""}`
      );
  }
  if (e.id !== id || e.event !== match[5])
    out.add(
      "path",
      path,
      `the file name says ${id}-${match[5]} but the entry is ${e.id}-${e.event}`
    );
  const key = keyOf(e.task);
  if (key !== match[3])
    out.add(
      "path",
      path,
      `the entry is for task ${e.task} (folder ${key}) but sits in folder ${match[3]}`
    );
  const seen = taskFolders.note(e.task, key, folder);
  if (seen !== void 0)
    out.add("path", path, `task ${e.task} also has entries in ${seen}: a task keeps one folder`);
  forgeFacts?.add(path, e);
  objects?.add(path, e);
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
  const tip = options.tip ?? await resolveCommit(repoDir, ref);
  if (!tip)
    throw new LedgerError(`there is no ledger at ${ref}`, {
      hint: "Fetch the ledger branch (git fetch origin aios-ledger:aios-ledger) or pass --ref."
    });
  const offLine = /* @__PURE__ */ new Map();
  const anchorRef = options.anchor === false ? void 0 : anchorRefOf(ref, options.anchor);
  const listed = await listRefs(repoDir, [...anchorRef ? [anchorRef] : [], REPLACE_REFS]);
  if (options.anchor !== false) {
    const anchored = listed.find((r) => r.ref === anchorRef);
    const listedAnchor = !anchored ? null : anchored.type === "commit" ? anchored.id : void 0;
    const { breaks, held } = await checkAnchors(
      repoDir,
      ref,
      tip,
      options.anchor ?? {},
      listedAnchor
    );
    for (const b of breaks) out.add("rewrite", void 0, b.message, tip);
    for (const h of held) offLine.set(h.anchor, [...offLine.get(h.anchor) ?? [], h]);
  }
  const taskFolders = new TaskFolderIndex();
  const delivered = options.branches ? [] : void 0;
  const forgeFacts = options.forge ? new ForgeFacts(options.forge) : void 0;
  const objects = new PromptObjectRefs();
  let folder;
  let links = [];
  let entries = 0;
  let tasks = 0;
  const emptyFolders = [];
  let outside = [];
  let prompts;
  for await (const batch of readLedgerFileBatches(repoDir, tip, {
    others: true,
    onLayout: (layout) => {
      outside = layout.outside;
      prompts = layout.prompts;
    }
  })) {
    for (const s of batch) {
      if (s.other) {
        if (s.folder) emptyFolders.push(s.path);
        else out.add("path", s.path, "is not a regular file: entries are JSON files");
        continue;
      }
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
        if (folder !== void 0) checkTask(folder, links, out, delivered);
        folder = dir;
        links = [];
        tasks++;
      }
      entries++;
      links.push(
        checkEntry(s.path, dir, s.bytes, match, taskFolders, out, delivered, forgeFacts, objects)
      );
    }
  }
  if (folder !== void 0) checkTask(folder, links, out, delivered);
  const gitlinks = await gitlinksAmong(repoDir, tip, emptyFolders);
  for (const p of emptyFolders)
    out.add(
      "path",
      p,
      gitlinks.has(p) ? "is a submodule (gitlink, mode 160000), not a folder of entries: the ledger branch holds entry files only" : "is an empty folder (an empty tree): the ledger branch holds entry files only"
    );
  for (const r of await replacedObjectsOf(repoDir, tip, listed))
    out.add("history", r.path, replacedMessage(r), r.path === void 0 ? r.id : void 0);
  for (const p of await objects.check(repoDir, tip, prompts)) out.add("object", p.path, p.message);
  if (delivered)
    for (const m of await crossCheckDeliveries(repoDir, delivered))
      out.add("delivery", m.path, m.message, m.path ? void 0 : m.commit);
  if (options.forge && forgeFacts)
    for (const m of await crossCheckForge(repoDir, options.forge, forgeFacts))
      out.add("forge", m.path, m.message);
  if (options.signed)
    for (const sig of await commitSignatures(repoDir, tip, options.signed.allowedSigners)) {
      const why = SIGNATURE_PROBLEMS[sig.status] ?? `has a signature git cannot accept (${sig.status})`;
      if (sig.status !== "G")
        out.add(
          "signature",
          void 0,
          `ledger commit ${sig.commit.slice(0, 12)} ${why}`,
          sig.commit
        );
    }
  const needCommit = /* @__PURE__ */ new Map();
  for (const v of out.list)
    if (v.path && !v.commit) needCommit.set(v.path, [...needCommit.get(v.path) ?? [], v]);
  const deleted = /* @__PURE__ */ new Set();
  const merges = /* @__PURE__ */ new Map();
  let commits = 0;
  let commit = "";
  const wholeSoFar = needCommit.size === 0 && outside.length === 0;
  let onlyAdditions = false;
  if (wholeSoFar) {
    const counted = await firstParentCommits(repoDir, tip, (id, parents) => {
      if (offLine.size > 0) offLine.delete(id);
      if (parents > 1) merges.set(id, parents);
    });
    const changed = await changesOtherThanAdditions(repoDir, tip);
    onlyAdditions = !changed;
    if (onlyAdditions) commits = counted;
  }
  const skipAddedUnder = needCommit.size === 0 ? [LEDGER_ROOT, PROMPTS_ROOT] : [];
  if (!onlyAdditions)
    for await (const steps of readFirstParentHistoryBatches(repoDir, tip, { skipAddedUnder }))
      for (const step of steps) {
        if (step.kind === "commit") {
          commit = step.id;
          commits++;
          if (step.parents > 1) merges.set(commit, step.parents);
          if (offLine.size > 0) offLine.delete(commit);
          continue;
        }
        const { status, path } = step;
        const short = commit.slice(0, 12);
        if (status === "A" || status === "M")
          for (const v of needCommit.get(path) ?? []) v.commit = commit;
        if (status === "A") {
          if (!path.startsWith(LEDGER_ROOT) && !path.startsWith(PROMPTS_ROOT))
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
  for (const [id, parents] of merges)
    out.add(
      "history",
      void 0,
      `ledger commit ${id.slice(0, 12)} is a merge of ${parents} histories: AIOS writes the ledger as a line of single-parent commits, so the entries it joined in were not written by AIOS`,
      id
    );
  for (const held of offLine.values())
    for (const h of held) out.add("rewrite", void 0, offFirstParentLine(h, tip), tip);
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
