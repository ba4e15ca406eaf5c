import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitConfigValue
} from "./chunk-WAD5MR4F.js";
import {
  PushRejectedError,
  fetchBranch,
  pushCommit
} from "./chunk-7CYNIJV5.js";
import {
  ledgerReadRef
} from "./chunk-SW6LTCAU.js";
import {
  entryPath,
  folderEntriesVia,
  folderOfPath,
  parseEntryPath,
  parseJsonBytes,
  readLedger,
  readTaskFolders,
  taskFolder,
  taskKeyOfPath
} from "./chunk-A5JTEFZF.js";
import {
  PROMPTS_ROOT,
  idOfPromptPath,
  objectsNamedBy,
  promptObjectPath,
  promptObjectProblem
} from "./chunk-DW3TUGME.js";
import {
  LEDGER_SCHEMA,
  LedgerEntry,
  serializeEntry
} from "./chunk-E677WRFC.js";
import {
  commitFiles,
  gitBlobId
} from "./chunk-TOOXQAFB.js";
import {
  taskKey
} from "./chunk-CRLBIX5N.js";
import {
  gitDirOf,
  updateRefs
} from "./chunk-OMXXCWD7.js";
import {
  CatFileBatch
} from "./chunk-LBO5STXY.js";
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import {
  sha256
} from "./chunk-PRCMZNRS.js";
import {
  signoffWords
} from "./chunk-LGNR2EHT.js";
import {
  formatMicros
} from "./chunk-C56QB4EX.js";
import {
  GitError,
  LedgerError
} from "./chunk-BXJ33WYV.js";

// src/ledger/git-ledger-store.ts
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { dirname as dirname2, join as join2, relative, resolve, sep } from "node:path";

// src/git/objects-present.ts
async function blobsPresent(repoDir, ids) {
  const wanted = ids.filter((id) => /^[0-9a-f]{40}$/.test(id));
  if (wanted.length === 0) return /* @__PURE__ */ new Set();
  const r = await gitWithInput(repoDir, ["cat-file", "--batch-check"], `${wanted.join("\n")}
`);
  const present = /* @__PURE__ */ new Set();
  if (r.code !== 0) return present;
  for (const line of r.stdout.toString("utf8").split("\n")) {
    const [id, type] = line.split(" ");
    if (id && type === "blob") present.add(id);
  }
  return present;
}

// src/ledger/commit-message.ts
function oneLine(text, max = 80) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function contextOf(entries) {
  const byTask = /* @__PURE__ */ new Map();
  const author = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const c = byTask.get(e.task) ?? { gateAttempt: 0, gatesPassed: 0, gatesRun: 0 };
    const planned = author.get(e.task);
    if (e.event === "attempt" && e.actor.type === "model" && e.data.purpose !== "classify" && e.data.purpose !== "review" && (planned === void 0 || e.actor.persona === planned)) {
      c.persona = e.actor.persona;
      c.model = e.actor.modelId;
    } else if (e.event === "planned") {
      author.set(e.task, e.data.persona);
      c.persona = e.data.persona;
      delete c.model;
    } else if (e.event === "gate") {
      if (e.data.attempt !== c.gateAttempt) {
        c.gateAttempt = e.data.attempt;
        c.gatesPassed = 0;
        c.gatesRun = 0;
      }
      c.gatesRun++;
      if (e.data.pass) c.gatesPassed++;
    }
    byTask.set(e.task, c);
  }
  return byTask;
}
function describeEntry(e, context) {
  switch (e.event) {
    case "planned":
      return `${e.task} planned for ${e.data.persona} on the ${e.data.tier} tier (rule ${e.rule.id}, \u2248 ${e.data.estimate.minutes} min by hand)`;
    case "asked":
      return `${e.task} asked a person at ${e.data.stage}: ${oneLine(e.data.reason)}`;
    case "attempt": {
      const who = e.actor.type === "model" ? ` by ${e.actor.persona} on ${e.actor.modelId}` : "";
      return `${e.task} call ${e.data.call} (attempt ${e.data.attempt})${who} \xB7 ${formatMicros(e.cost.actualMicros)} ${e.cost.billing} \xB7 ${e.data.outcome}`;
    }
    case "gate":
      return `${e.task} gate ${e.data.gate} ${e.data.pass ? "pass" : `sent back (${e.data.findings.length} finding(s))`}`;
    case "declined":
      return `${e.task} declined by ${e.data.persona}: ${oneLine(e.data.reason)}`;
    case "delivered": {
      const by = context?.persona ? ` by ${context.persona}` : "";
      const on = context?.model ? ` on ${context.model}` : "";
      const gates = context?.gatesRun ? ` \xB7 ${context.gatesPassed} gate${context.gatesPassed === 1 ? "" : "s"} pass` : "";
      return `${e.task} delivered${by}${on} \xB7 ${formatMicros(e.data.totalMicros)}${gates} \xB7 ${e.data.branch} ${e.data.commit.slice(0, 12)}`;
    }
    case "failed":
      return `${e.task} failed at ${e.data.stage}: ${oneLine(e.data.reason)}`;
    case "signoff":
      return `${e.task} ${signoffWords(e.data)} by ${e.data.login}${e.data.reviewMinutes !== void 0 ? ` \xB7 ${e.data.reviewMinutes} min review` : ""}`;
    case "outcome":
      return `${e.task} ${e.data.outcome} by ${e.data.by}`;
    case "reverted":
      return `${e.task} reverted by ${e.data.by} on ${e.data.branch}`;
    case "shadow":
      return `${e.task} shadow run on ${e.data.modelId}: ${e.data.outcome} \xB7 ${formatMicros(e.data.totalMicros)} (not delivered)`;
  }
}
function ledgerCommitMessage(entries) {
  const context = contextOf(entries);
  const lines = entries.map((e) => describeEntry(e, context.get(e.task)));
  if (lines.length === 1) return `ledger: ${lines[0] ?? ""}
`;
  const tasks = [...new Set(entries.map((e) => e.task))];
  const subject = `ledger: ${entries.length} entries for ${tasks.slice(0, 3).join(", ")}${tasks.length > 3 ? `, +${tasks.length - 3} more` : ""}`;
  return `${subject}

${lines.map((l) => `ledger: ${l}`).join("\n")}
`;
}
var PERSON_EVENTS = /* @__PURE__ */ new Set(["signoff", "outcome", "asked"]);
function personAuthor(entries) {
  const logins = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (e.actor.type !== "human" || !PERSON_EVENTS.has(e.event)) return void 0;
    logins.add(e.actor.login);
  }
  const [login] = [...logins];
  if (logins.size !== 1 || !login) return void 0;
  return {
    name: login.replace(/[<>\n\r]/g, ""),
    email: `${login.replace(/[^A-Za-z0-9-]/g, "-")}@users.noreply.github.com`
  };
}

// src/ledger/spool-file.ts
import { isUtf8 } from "node:buffer";
import { mkdir, open, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var SpoolDamagedError = class extends LedgerError {
  constructor(path, reason, movedTo) {
    super(`spool file ${path} is damaged (${reason}); moved to ${movedTo}, not sent`, {
      hint: "A run was cut off while writing it. The entry is lost; `aios ledger verify` checks the rest. Delete the quarantined file once looked at."
    });
    this.path = path;
    this.reason = reason;
    this.movedTo = movedTo;
  }
  path;
  reason;
  movedTo;
};
async function fsyncPath(path, flags) {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function writeDurably(file, bytes) {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const handle = await open(tmp, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
  await fsyncPath(dirname(file), "r").catch(() => void 0);
}
function readSpoolFile(path, bytes) {
  if (bytes.length === 0) return { problem: "empty" };
  let json;
  try {
    json = parseJsonBytes(bytes);
  } catch (e) {
    return {
      problem: isUtf8(bytes) ? `not valid JSON (${bytes.length} bytes, cut short?)` : `not valid JSON: ${e.message}`
    };
  }
  const parsed = LedgerEntry.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      problem: `not a ledger entry: ${first ? `${first.path.join(".") || "(entry)"}: ${first.message}` : "invalid"}`
    };
  }
  const parts = parseEntryPath(path);
  if (!parts) return { problem: "not at a ledger entry path" };
  if (parts.id !== parsed.data.id || parts.event !== parsed.data.event)
    return {
      problem: `named ${parts.id}-${parts.event} but holds ${parsed.data.id}-${parsed.data.event}`
    };
  return { entry: parsed.data };
}
function spoolFileProblem(path, bytes) {
  return readSpoolFile(path, bytes).problem;
}
function quarantineDirOf(spoolDir) {
  return join(dirname(spoolDir), "quarantine", basename(spoolDir));
}
async function quarantine(spoolDir, relPath, reason) {
  const to = join(quarantineDirOf(spoolDir), ...relPath.split("/"));
  await mkdir(dirname(to), { recursive: true });
  await rename(join(spoolDir, ...relPath.split("/")), to);
  return new SpoolDamagedError(relPath, reason, to);
}

// src/ledger/git-ledger-store.ts
function chainTail(entries) {
  const referenced = /* @__PURE__ */ new Set();
  for (const e of entries) {
    const prev = JSON.parse(e.bytes.toString("utf8")).prev;
    if (prev) referenced.add(prev);
  }
  return entries.map((e) => ({ path: e.path, hash: sha256(e.bytes) })).filter((e) => !referenced.has(e.hash)).sort((a, b) => a.path.localeCompare(b.path)).at(-1);
}
async function walk(dir, ext = ".json") {
  let names;
  try {
    names = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const n of names) {
    const p = join2(dir, n.name);
    if (n.isDirectory()) out.push(...await walk(p, ext));
    else if (n.name.endsWith(ext) && !n.name.endsWith(".tmp")) out.push(p);
  }
  return out;
}
var GitLedgerStore = class _GitLedgerStore {
  constructor(options, spoolDir) {
    this.options = options;
    this.spoolDir = spoolDir;
  }
  options;
  spoolDir;
  chains = /* @__PURE__ */ new Map();
  /**
   * What the last flush did: how many entries wait, and why (the CLI reports it). Its
   * `recovered` and `quarantined` cover every flush of this store: a run may flush more than
   * once (closing an unfinished task flushes first), and the first is the one that finds what a
   * crashed run left behind.
   */
  lastFlush;
  /** Spool files of earlier runs that reached the branch in a flush of this store. */
  recoveredPaths = /* @__PURE__ */ new Set();
  /** Damaged spool files set aside by flushes of this store. */
  quarantinedHere = [];
  /** Prompt objects that entries committed by flushes of this store name but nothing held. */
  missingHere = [];
  /** Spool paths this store wrote; any other file a flush sends was recovered from a past run. */
  appendedHere = /* @__PURE__ */ new Set();
  static async open(options) {
    const gitDir = await (options.gitDir ?? gitDirOf(options.repoDir));
    return new _GitLedgerStore(
      options,
      options.spoolDir ?? join2(gitDir, "aios", "spool", options.branch.replace(/[^A-Za-z0-9._-]/g, "_"))
    );
  }
  /**
   * Whether ledger commits are signed: asked of git when the first commit is made, not when the
   * store opens, so a job that only spools (intake, work) runs one git process fewer.
   */
  signing;
  sign() {
    return this.signing ??= this.options.sign === void 0 ? gitConfigValue(this.options.repoDir, "user.signingkey").then((key) => Boolean(key)) : Promise.resolve(this.options.sign);
  }
  /** The ref that holds the ledger as last seen: the remote-tracking ref when pushing. */
  get readRef() {
    return ledgerReadRef(this.options);
  }
  async append(draft) {
    const chain = await this.chainOf(draft.task);
    const at = draft.at ?? this.options.clock.now().toISOString();
    const entry = LedgerEntry.parse({
      ...draft,
      schema: LEDGER_SCHEMA,
      id: this.options.clock.newId(),
      at,
      prev: chain?.lastHash ?? null
    });
    const text = serializeEntry(entry);
    const folder = chain?.folder ?? taskFolder(taskKey(draft.task), new Date(at));
    const path = entryPath(folder, entry);
    await writeDurably(join2(this.spoolDir, ...path.split("/")), text);
    this.appendedHere.add(path);
    this.chains.set(draft.task, { folder, lastHash: sha256(text) });
    return entry;
  }
  async keep(objects) {
    const fresh = /* @__PURE__ */ new Map();
    for (const o of objects) if (!this.keptHere.has(o.id)) fresh.set(o.id, o);
    const here = resolve(this.options.repoDir);
    const lookUp = [];
    for (const o of fresh.values()) {
      if (!o.fromRepository || this.options.spoolDir) continue;
      if (o.heldBy !== void 0 && resolve(o.heldBy) === here) {
        fresh.delete(o.id);
        this.keptHere.add(o.id);
        this.presentHere.add(o.id);
      } else lookUp.push(o.id);
    }
    if (lookUp.length)
      for (const id of await blobsPresent(this.options.repoDir, lookUp)) {
        fresh.delete(id);
        this.keptHere.add(id);
        this.presentHere.add(id);
      }
    await Promise.all(
      [...fresh.values()].map(async (o) => {
        const file = join2(this.spoolDir, ...promptObjectPath(o.id).split("/"));
        if (!await stat(file).catch(() => void 0)) await writeDurably(file, o.bytes);
        this.keptHere.add(o.id);
      })
    );
  }
  /**
   * The objects the entries name that are neither in the spool nor on the branch but in this
   * repository's object database (kept by id, not copied): committed by reference.
   */
  async heldObjects(cat, files, spooled, onBranch) {
    const have = new Set(spooled.map((o) => o.path));
    const ids = /* @__PURE__ */ new Map();
    for (const f of files)
      for (const { id, field } of objectsNamedBy(f.entry)) {
        const path = promptObjectPath(id);
        if (!have.has(path) && !onBranch.has(path) && !ids.has(id))
          ids.set(id, { path: f.path, field });
      }
    if (ids.size === 0) return { held: [], missing: [] };
    const unknown = [...ids.keys()].filter(
      (id) => !this.presentHere.has(id) && /^[0-9a-f]{40}$/.test(id)
    );
    const found = await Promise.all(unknown.map((id) => cat.lookup(id)));
    const present = new Set(unknown.filter((_, i) => found[i]?.type === "blob"));
    const held = [];
    const missing = [];
    for (const [id, at] of ids)
      if (this.presentHere.has(id) || present.has(id))
        held.push({ path: promptObjectPath(id), blob: id });
      else missing.push({ ...at, id });
    return { held, missing };
  }
  /** Object ids this store wrote to the spool (a repeat keep of the same text writes nothing). */
  keptHere = /* @__PURE__ */ new Set();
  /** Object ids this store found in the repository's object database (kept by id, not copied). */
  presentHere = /* @__PURE__ */ new Set();
  /**
   * The spooled prompt objects given (those the spooled entries name): each checked against its name (a file a crash cut
   * short is set aside, never committed under an id it does not hash to).
   */
  async spooledObjects(spooled, quarantined) {
    const out = [];
    for (const { path, spool } of spooled) {
      const bytes = await readFile(spool).catch(() => void 0);
      if (!bytes) continue;
      const problem = promptObjectProblem(path, bytes);
      if (problem) {
        const q = await quarantine(this.spoolDir, path, `${problem}: cut short?`);
        quarantined.push(q);
        this.quarantinedHere.push(q);
        continue;
      }
      out.push({ path, content: bytes, spool });
    }
    return out;
  }
  async head(task) {
    return (await this.chainOf(task))?.lastHash;
  }
  /** The task's folder and the hash of its last entry: from memory, the spool, or the branch. */
  async chainOf(task) {
    const known = this.chains.get(task);
    if (known) return known;
    const key = taskKey(task);
    const spooled = (await walk(this.spoolDir)).map((f) => relative(this.spoolDir, f).split(sep).join("/")).filter((p) => taskKeyOfPath(p) === key).sort((a, b) => a.slice(a.lastIndexOf("/")).localeCompare(b.slice(b.lastIndexOf("/"))));
    for (const lastSpooled of spooled.reverse()) {
      const bytes = await readFile(join2(this.spoolDir, ...lastSpooled.split("/"))).catch(
        () => void 0
      );
      if (!bytes || spoolFileProblem(lastSpooled, bytes)) continue;
      return { folder: folderOfPath(lastSpooled) ?? dirname2(lastSpooled), lastHash: sha256(bytes) };
    }
    await this.fetch();
    for await (const { folder, entries } of readTaskFolders(
      this.options.repoDir,
      this.readRef,
      task
    )) {
      const tail = chainTail(entries);
      if (tail) return { folder, lastHash: tail.hash };
    }
    return void 0;
  }
  fetched = false;
  /**
   * The caller has just fetched the ledger branch into `readRef` (a job that fetches it with
   * the default branch in one process): the store's first read or flush does not fetch it
   * again. A push that finds the branch moved since fetches and rebuilds, as always.
   */
  noteFetched() {
    if (this.options.remote) this.fetched = true;
    this.refMoved();
  }
  /** Task histories read from the ledger ref since it last moved (`cacheTaskReads`). */
  taskReads = /* @__PURE__ */ new Map();
  refMoves = 0;
  refMoved() {
    this.refMoves++;
    this.taskReads.clear();
  }
  async fetch(force = false) {
    const remote = this.options.remote;
    if (!remote || this.fetched && !force) return;
    this.refMoved();
    await fetchBranch(this.options.repoDir, remote, this.options.branch, this.readRef);
    this.refMoved();
    this.fetched = true;
  }
  /**
   * Through the flush's one `cat-file --batch`: the commit the ledger ref names (the new commit's
   * parent, so a ref that moves after this read fails fast-import's compare-and-swap rather than
   * being built on unread) and which of `paths` it already holds (blob ids).
   */
  async branchState(cat, paths) {
    const tip = await cat.lookup(`${this.readRef}^{commit}`);
    if (tip?.type !== "commit") return { base: void 0, onBranch: /* @__PURE__ */ new Map() };
    const found = await Promise.all(paths.map((p) => cat.lookup(`${tip.id}:${p}`)));
    const onBranch = /* @__PURE__ */ new Map();
    paths.forEach((p, i) => {
      const o = found[i];
      if (o?.type === "blob") onBranch.set(p, o.id);
    });
    return { base: tip.id, onBranch };
  }
  /**
   * Keep each task's history one chain when another run pushed entries for the same task since
   * ours were spooled (a concurrent run, or a re-run): the first spooled entry of the task is
   * re-linked to the task's last entry on the branch, and the rest follow. Spooled entries are
   * not yet published, so this is a rebase, not an edit; the spool is rewritten first, so a
   * flush that dies after pushing finds the same bytes on the branch next time.
   */
  async rechain(cat, base, toWrite) {
    const byFolder = /* @__PURE__ */ new Map();
    for (const f of toWrite) {
      const folder = dirname2(f.path);
      byFolder.set(folder, [...byFolder.get(folder) ?? [], f]);
    }
    for (const [folder, files] of byFolder) {
      files.sort((a, b) => a.path.localeCompare(b.path));
      const onBranch = [];
      for (const e of await folderEntriesVia(cat, base, folder, this.readRef))
        if (!files.some((f) => f.path === e.path)) onBranch.push(e);
      const tail = chainTail(onBranch)?.hash;
      if (!tail) continue;
      let expected = tail;
      for (const f of files) {
        const entry = JSON.parse(f.content);
        if (entry.prev !== expected) {
          entry.prev = expected;
          f.content = `${JSON.stringify(entry, null, 2)}
`;
          f.bytes = Buffer.from(f.content, "utf8");
          f.entry = { ...f.entry, prev: expected };
          await writeDurably(f.spool, f.bytes);
        }
        expected = sha256(f.bytes);
      }
    }
  }
  /**
   * The spooled entries not on the branch yet. One already there with the same bytes was sent by
   * an earlier run that died before cleaning up; one there with other bytes is an error.
   */
  unsent(files, onBranch) {
    return files.filter((f) => {
      const there = onBranch.get(f.path);
      if (there === void 0) return true;
      if (there !== gitBlobId(f.bytes)) {
        throw new LedgerError(
          `ledger entry ${f.path} is already on ${this.readRef} with different content`,
          {
            hint: "An entry is never rewritten. Inspect the spool in .git/aios/spool and the branch before retrying."
          }
        );
      }
      return false;
    });
  }
  /**
   * What the next ledger commit holds, read against the branch as it stands: its parent (`base`,
   * undefined before the first commit), the paths already there, the objects to add (spooled
   * ones not there yet and ones the object database holds), the objects named nowhere
   * (`missing`), and the entries not sent yet, re-linked after the branch's. The branch's state,
   * the objects the repository holds and the folders to re-link are read through one git
   * process (was one each: ls-tree, cat-file --batch-check, cat-file).
   */
  async commitPlan(files, objects) {
    const cat = new CatFileBatch(this.options.repoDir);
    try {
      const { base, onBranch } = await this.branchState(cat, [
        ...files.map((f) => f.path),
        ...objects.map((o) => o.path)
      ]);
      const newObjects = objects.filter((o) => !onBranch.has(o.path));
      const { held, missing } = await this.heldObjects(cat, files, objects, onBranch);
      newObjects.push(...held);
      const toWrite = this.unsent(files, onBranch);
      if (base) await this.rechain(cat, base, toWrite);
      return { base, onBranch, newObjects, missing, toWrite };
    } finally {
      await cat.close();
    }
  }
  async flush() {
    const maxTries = this.options.maxTries ?? 8;
    const sleep = this.options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const quarantined = [];
    for (let attempt = 1; ; attempt++) {
      const entryFiles = [];
      const objectFiles = [];
      for (const spool of await walk(this.spoolDir, "")) {
        const path = relative(this.spoolDir, spool).split(sep).join("/");
        if (path.startsWith(PROMPTS_ROOT)) objectFiles.push({ path, spool });
        else if (path.endsWith(".json")) entryFiles.push({ path, spool });
      }
      const files = [];
      for (const { path, spool } of entryFiles) {
        const bytes = await readFile(spool).catch(() => void 0);
        if (!bytes) continue;
        const read = readSpoolFile(path, bytes);
        if (read.problem !== void 0) {
          const q = await quarantine(this.spoolDir, path, read.problem);
          quarantined.push(q);
          this.quarantinedHere.push(q);
          continue;
        }
        files.push({ path, content: bytes.toString("utf8"), spool, bytes, entry: read.entry });
      }
      const named = /* @__PURE__ */ new Set();
      for (const f of files) for (const { id } of objectsNamedBy(f.entry)) named.add(id);
      const objects = await this.spooledObjects(
        objectFiles.filter((o) => named.has(idOfPromptPath(o.path) ?? "")),
        quarantined
      );
      const recovered = files.filter((f) => !this.appendedHere.has(f.path));
      const result = (r, missing2 = []) => {
        if (r.pending === 0) for (const f of recovered) this.recoveredPaths.add(f.path);
        this.missingHere.push(...missing2);
        this.lastFlush = {
          ...r,
          quarantined: [...this.quarantinedHere],
          recovered: this.recoveredPaths.size,
          missingObjects: [...this.missingHere]
        };
        return { ...r, quarantined, recovered: recovered.length, missingObjects: missing2 };
      };
      if (files.length === 0)
        return result({ committed: 0, pending: 0, commit: void 0, pushed: false });
      await this.fetch(attempt > 1);
      const { base, onBranch, newObjects, missing, toWrite } = await this.commitPlan(
        files,
        objects
      );
      let commit;
      if (toWrite.length > 0) this.refMoved();
      try {
        if (toWrite.length > 0) {
          const written = toWrite.map((f) => f.entry).sort((a, b) => a.id.localeCompare(b.id));
          const message = ledgerCommitMessage(written);
          const aios = this.options.committer ?? {
            name: "AIOS ledger",
            email: "aios-ledger@localhost"
          };
          const who = personAuthor(written) ?? aios;
          const time = Math.floor(this.options.clock.now().getTime() / 1e3);
          if (this.options.remote) {
            commit = await commitFiles(this.options.repoDir, {
              ref: "refs/aios/ledger-outgoing",
              sign: await this.sign(),
              parent: base,
              files: [...toWrite, ...newObjects],
              message,
              author: who,
              committer: aios,
              time,
              force: true
            });
            await pushCommit(
              this.options.repoDir,
              this.options.remote,
              commit,
              this.options.branch
            );
            await updateRefs(this.options.repoDir, [
              { ref: this.readRef, commit },
              { ref: `refs/heads/${this.options.branch}`, commit }
            ]);
          } else {
            commit = await commitFiles(this.options.repoDir, {
              ref: this.readRef,
              sign: await this.sign(),
              parent: base,
              files: [...toWrite, ...newObjects],
              message,
              author: who,
              committer: aios,
              time
            });
          }
          this.refMoved();
        }
      } catch (error) {
        if (error instanceof PushRejectedError && !error.retryable)
          return result({
            committed: 0,
            pending: files.length,
            commit: void 0,
            pushed: false,
            waiting: error.message
          });
        if (!(error instanceof GitError && error.retryable)) throw error;
        if (attempt >= maxTries) {
          return result({
            committed: 0,
            pending: files.length,
            commit: void 0,
            pushed: false,
            waiting: error.message
          });
        }
        await sleep(Math.min(2e3, 50 * 2 ** attempt) * (0.5 + Math.random() / 2));
        continue;
      }
      const sentPaths = new Set(toWrite.map((f) => f.path));
      const missingSent = missing.filter((m) => sentPaths.has(m.path));
      await Promise.all(files.map((f) => rm(f.spool, { force: true })));
      const sent = objects.filter((o) => toWrite.length > 0 || onBranch.has(o.path));
      await Promise.all(sent.map((o) => rm(o.spool, { force: true })));
      for (const f of files) this.appendedHere.delete(f.path);
      return result(
        {
          committed: toWrite.length,
          pending: 0,
          commit,
          pushed: Boolean(this.options.remote && commit)
        },
        missingSent
      );
    }
  }
  entries(filter = {}) {
    if (this.options.cacheTaskReads && filter.task !== void 0)
      return this.taskEntries(filter.task);
    return readLedger(this.options.repoDir, this.readRef, filter);
  }
  /** A task's entries on the ref, read once until the ref moves; each caller gets its own copies. */
  async *taskEntries(task) {
    const known = this.taskReads.get(task);
    if (known) {
      for (const e of known) yield structuredClone(e);
      return;
    }
    const moves = this.refMoves;
    const read = [];
    for await (const e of readLedger(this.options.repoDir, this.readRef, { task })) {
      read.push(structuredClone(e));
      yield e;
    }
    if (moves === this.refMoves) this.taskReads.set(task, read);
  }
};

export {
  chainTail,
  GitLedgerStore
};
