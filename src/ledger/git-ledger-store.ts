import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Clock } from '../core/clock.js';
import { LedgerError, GitError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import {
  LEDGER_SCHEMA,
  LedgerEntry,
  serializeEntry,
  type LedgerDraft,
} from '../core/ledger-entry.js';
import { taskKey } from '../core/task.js';
import { gitConfigValue } from '../git/config-value.js';
import { commitFiles, gitBlobId, type FileChange } from '../git/commit-files.js';
import { blobsPresent } from '../git/objects-present.js';
import { gitDirOf, updateRefs } from '../git/refs.js';
import { fetchBranch, pushCommit, PushRejectedError } from '../git/remote.js';
import { CatFileBatch } from '../git/cat-file-batch.js';
import { entryPath, folderOfPath, taskFolder, taskKeyOfPath } from './ledger-layout.js';
import { ledgerCommitMessage, personAuthor } from './commit-message.js';
import type { FlushResult, LedgerStore } from './ledger-store.js';
import {
  quarantine,
  readSpoolFile,
  spoolFileProblem,
  writeDurably,
  type SpoolDamagedError,
} from './spool-file.js';
import { ledgerReadRef } from './ledger-ref.js';
import { readLedger, type StoredEntry } from './read-ledger.js';
import { folderEntriesVia, readTaskFolders } from './read-task-folders.js';
import {
  idOfPromptPath,
  objectsNamedBy,
  promptObjectPath,
  promptObjectProblem,
  PROMPTS_ROOT,
  type PromptObject,
} from './prompt-objects.js';

export interface GitLedgerOptions {
  readonly repoDir: string;
  /** The ledger branch, `aios-ledger` by default. */
  readonly branch: string;
  /** Push to this remote; undefined keeps the ledger in the local repository. */
  readonly remote?: string | undefined;
  readonly clock: Clock;
  readonly committer?: { name: string; email: string };
  /** Tries at committing/pushing before leaving entries pending for the next run. */
  readonly maxTries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * Where appended entries wait for flush. Defaults to `.git/aios/spool/<branch>`; the GitHub
   * jobs point it at the artifact folder, so entries written by a job without push rights
   * travel to the job that has them.
   */
  readonly spoolDir?: string | undefined;
  /**
   * Sign ledger commits. Undefined: sign when the repository's git has a signing key
   * (user.signingkey; an SSH key with gpg.format ssh needs no GPG).
   */
  readonly sign?: boolean | undefined;
  /** The repository's git folder when the caller has it already (one git process fewer). */
  readonly gitDir?: string | undefined;
  /**
   * Keep what `entries({ task })` read until the ledger ref moves (a fetch, a flush, or
   * `noteFetched`): for a process in which this store is the only writer of the ref (a GitHub
   * job reads a task's history several times between fetches).
   */
  readonly cacheTaskReads?: boolean | undefined;
}

/**
 * The last entry of a task's chain: the one no other entry names as its predecessor (the
 * newest by path if a fork left several). The chain's order is the order of writing, which a
 * concurrent writer can make differ from id order, so the links decide, not the ids.
 */
export function chainTail(
  entries: readonly Pick<StoredEntry, 'path' | 'bytes'>[],
): { path: string; hash: string } | undefined {
  const referenced = new Set<string>();
  for (const e of entries) {
    const prev = (JSON.parse(e.bytes.toString('utf8')) as { prev?: string | null }).prev;
    if (prev) referenced.add(prev);
  }
  return entries
    .map((e) => ({ path: e.path, hash: sha256(e.bytes) }))
    .filter((e) => !referenced.has(e.hash))
    .sort((a, b) => a.path.localeCompare(b.path))
    .at(-1);
}

/** An entry waiting in the spool, with its place on the branch and the entry, parsed once. */
interface Spooled {
  path: string;
  content: string;
  spool: string;
  bytes: Buffer;
  entry: LedgerEntry;
}

/** A prompt object an entry names that is nowhere to be found: committed without it. */
export interface MissingObject {
  /** The entry that names it. */
  readonly path: string;
  readonly field: string;
  readonly id: string;
}

interface Chain {
  folder: string;
  lastHash: string;
}

async function walk(dir: string, ext = '.json'): Promise<string[]> {
  let names;
  try {
    names = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const n of names) {
    const p = join(dir, n.name);
    if (n.isDirectory()) out.push(...(await walk(p, ext)));
    else if (n.name.endsWith(ext) && !n.name.endsWith('.tmp')) out.push(p);
  }
  return out;
}

/**
 * The ledger in git. An appended entry is written at once to a spool inside `.git/aios/`
 * (durable, outside the work tree); `flush` commits the spool onto the ledger branch in one
 * commit and pushes it. A push that loses a race fetches, rebuilds the commit on the new tip
 * and tries again with backoff; it never forces. Spooled entries are deleted only once they
 * are on the branch (and remote), so a killed run loses nothing: the next flush sends them.
 */
export class GitLedgerStore implements LedgerStore {
  private readonly chains = new Map<string, Chain>();
  /**
   * What the last flush did: how many entries wait, and why (the CLI reports it). Its
   * `recovered` and `quarantined` cover every flush of this store: a run may flush more than
   * once (closing an unfinished task flushes first), and the first is the one that finds what a
   * crashed run left behind.
   */
  lastFlush: FlushResult | undefined;
  /** Spool files of earlier runs that reached the branch in a flush of this store. */
  private readonly recoveredPaths = new Set<string>();
  /** Damaged spool files set aside by flushes of this store. */
  private readonly quarantinedHere: SpoolDamagedError[] = [];
  /** Prompt objects that entries committed by flushes of this store name but nothing held. */
  private readonly missingHere: MissingObject[] = [];
  /** Spool paths this store wrote; any other file a flush sends was recovered from a past run. */
  private readonly appendedHere = new Set<string>();

  private constructor(
    private readonly options: GitLedgerOptions,
    private readonly spoolDir: string,
  ) {}

  static async open(options: GitLedgerOptions): Promise<GitLedgerStore> {
    const gitDir = await (options.gitDir ?? gitDirOf(options.repoDir));
    return new GitLedgerStore(
      options,
      options.spoolDir ??
        join(gitDir, 'aios', 'spool', options.branch.replace(/[^A-Za-z0-9._-]/g, '_')),
    );
  }

  /**
   * Whether ledger commits are signed: asked of git when the first commit is made, not when the
   * store opens, so a job that only spools (intake, work) runs one git process fewer.
   */
  private signing: Promise<boolean> | undefined;
  private sign(): Promise<boolean> {
    return (this.signing ??=
      this.options.sign === undefined
        ? gitConfigValue(this.options.repoDir, 'user.signingkey').then((key) => Boolean(key))
        : Promise.resolve(this.options.sign));
  }

  /** The ref that holds the ledger as last seen: the remote-tracking ref when pushing. */
  get readRef(): string {
    return ledgerReadRef(this.options);
  }

  async append(draft: LedgerDraft): Promise<LedgerEntry> {
    const chain = await this.chainOf(draft.task);
    const at = draft.at ?? this.options.clock.now().toISOString();
    const entry = LedgerEntry.parse({
      ...draft,
      schema: LEDGER_SCHEMA,
      id: this.options.clock.newId(),
      at,
      prev: chain?.lastHash ?? null,
    });
    const text = serializeEntry(entry);
    const folder = chain?.folder ?? taskFolder(taskKey(draft.task), new Date(at));
    const path = entryPath(folder, entry);
    // Durable and atomic: after a crash the file is whole or absent, never half an entry.
    await writeDurably(join(this.spoolDir, ...path.split('/')), text);
    this.appendedHere.add(path);
    this.chains.set(draft.task, { folder, lastHash: sha256(text) });
    return entry;
  }

  async keep(objects: readonly PromptObject[]): Promise<void> {
    const fresh = new Map<string, PromptObject>();
    for (const o of objects) if (!this.keptHere.has(o.id)) fresh.set(o.id, o);
    // A spool that stays in this repository need not copy what its object database holds (the
    // files the context showed): flush names them by id. A spool that travels (the GitHub
    // jobs' artifacts) carries every object.
    // Only objects read from the repository are looked up (one git process per keep saved for
    // the rest: an attempt's findings, a repair's turns).
    const here = resolve(this.options.repoDir);
    const lookUp: string[] = [];
    for (const o of fresh.values()) {
      if (!o.fromRepository || this.options.spoolDir) continue;
      // Read from this repository's object database by its id a moment ago: held, no git call.
      if (o.heldBy !== undefined && resolve(o.heldBy) === here) {
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
    // Each durable before the entry naming it is appended; written side by side, so the
    // file systems' journal commits the syncs together rather than one after another.
    await Promise.all(
      [...fresh.values()].map(async (o) => {
        const file = join(this.spoolDir, ...promptObjectPath(o.id).split('/'));
        // Named by its content: a file already there holds the same bytes.
        if (!(await stat(file).catch(() => undefined))) await writeDurably(file, o.bytes);
        this.keptHere.add(o.id);
      }),
    );
  }

  /**
   * The objects the entries name that are neither in the spool nor on the branch but in this
   * repository's object database (kept by id, not copied): committed by reference.
   */
  private async heldObjects(
    cat: CatFileBatch,
    files: readonly Spooled[],
    spooled: readonly { path: string }[],
    onBranch: ReadonlyMap<string, string>,
  ): Promise<{ held: FileChange[]; missing: MissingObject[] }> {
    const have = new Set(spooled.map((o) => o.path));
    // Each id with the first entry (and field) naming it, for the warning when it is nowhere.
    const ids = new Map<string, { path: string; field: string }>();
    for (const f of files)
      for (const { id, field } of objectsNamedBy(f.entry)) {
        const path = promptObjectPath(id);
        if (!have.has(path) && !onBranch.has(path) && !ids.has(id))
          ids.set(id, { path: f.path, field });
      }
    if (ids.size === 0) return { held: [], missing: [] };
    // Found in the object database by this process's keep: asked again only for the others
    // (entries spooled by an earlier process). An object that vanished since fails the commit
    // loudly in fast-import rather than being committed missing.
    // Asked of the flush's running cat-file (as `blobsPresent` would: blob ids only).
    const unknown = [...ids.keys()].filter(
      (id) => !this.presentHere.has(id) && /^[0-9a-f]{40}$/.test(id),
    );
    const found = await Promise.all(unknown.map((id) => cat.lookup(id)));
    const present = new Set(unknown.filter((_, i) => found[i]?.type === 'blob'));
    const held: FileChange[] = [];
    const missing: MissingObject[] = [];
    for (const [id, at] of ids)
      if (this.presentHere.has(id) || present.has(id))
        held.push({ path: promptObjectPath(id), blob: id });
      else missing.push({ ...at, id });
    return { held, missing };
  }

  /** Object ids this store wrote to the spool (a repeat keep of the same text writes nothing). */
  private readonly keptHere = new Set<string>();

  /** Object ids this store found in the repository's object database (kept by id, not copied). */
  private readonly presentHere = new Set<string>();

  /**
   * The spooled prompt objects given (those the spooled entries name): each checked against its name (a file a crash cut
   * short is set aside, never committed under an id it does not hash to).
   */
  private async spooledObjects(
    spooled: readonly { path: string; spool: string }[],
    quarantined: SpoolDamagedError[],
  ): Promise<{ path: string; content: Buffer; spool: string }[]> {
    const out: { path: string; content: Buffer; spool: string }[] = [];
    // Only paths an entry names by id come here (flush filters them), so no temp file does.
    for (const { path, spool } of spooled) {
      const bytes = await readFile(spool).catch(() => undefined);
      if (!bytes) continue;
      const problem = promptObjectProblem(path, bytes);
      if (problem) {
        const q = await quarantine(this.spoolDir, path, `${problem}: cut short?`);
        quarantined.push(q);
        this.quarantinedHere.push(q); // reported with the run's other recoveries (flush-notes.ts)
        continue;
      }
      out.push({ path, content: bytes, spool });
    }
    return out;
  }

  async head(task: string): Promise<string | undefined> {
    return (await this.chainOf(task))?.lastHash;
  }

  /** The task's folder and the hash of its last entry: from memory, the spool, or the branch. */
  private async chainOf(task: string): Promise<Chain | undefined> {
    const known = this.chains.get(task);
    if (known) return known;
    const key = taskKey(task);
    const spooled = (await walk(this.spoolDir))
      .map((f) => relative(this.spoolDir, f).split(sep).join('/'))
      .filter((p) => taskKeyOfPath(p) === key)
      .sort((a, b) => a.slice(a.lastIndexOf('/')).localeCompare(b.slice(b.lastIndexOf('/'))));
    // The newest whole entry: a damaged file is not part of the chain (flush quarantines it).
    for (const lastSpooled of spooled.reverse()) {
      const bytes = await readFile(join(this.spoolDir, ...lastSpooled.split('/'))).catch(
        () => undefined,
      );
      if (!bytes || spoolFileProblem(lastSpooled, bytes)) continue;
      return { folder: folderOfPath(lastSpooled) ?? dirname(lastSpooled), lastHash: sha256(bytes) };
    }
    // Not in the spool: the tail of the task's chain on the branch (found without reading the
    // rest of the ledger).
    await this.fetch();
    for await (const { folder, entries } of readTaskFolders(
      this.options.repoDir,
      this.readRef,
      task,
    )) {
      const tail = chainTail(entries);
      if (tail) return { folder, lastHash: tail.hash };
    }
    return undefined;
  }

  private fetched = false;

  /**
   * The caller has just fetched the ledger branch into `readRef` (a job that fetches it with
   * the default branch in one process): the store's first read or flush does not fetch it
   * again. A push that finds the branch moved since fetches and rebuilds, as always.
   */
  noteFetched(): void {
    if (this.options.remote) this.fetched = true;
    this.refMoved();
  }

  /** Task histories read from the ledger ref since it last moved (`cacheTaskReads`). */
  private readonly taskReads = new Map<string, LedgerEntry[]>();
  private refMoves = 0;
  private refMoved(): void {
    this.refMoves++;
    this.taskReads.clear();
  }

  private async fetch(force = false): Promise<void> {
    const remote = this.options.remote;
    if (!remote || (this.fetched && !force)) return;
    // A remote without the ledger branch yet ('absent') is fine: the first push creates it.
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
  private async branchState(
    cat: CatFileBatch,
    paths: readonly string[],
  ): Promise<{ base: string | undefined; onBranch: Map<string, string> }> {
    const tip = await cat.lookup(`${this.readRef}^{commit}`);
    if (tip?.type !== 'commit') return { base: undefined, onBranch: new Map() }; // no ledger branch yet
    // Asked all at once: cat-file answers in order (pipelined, one round trip).
    const found = await Promise.all(paths.map((p) => cat.lookup(`${tip.id}:${p}`)));
    const onBranch = new Map<string, string>();
    paths.forEach((p, i) => {
      const o = found[i];
      if (o?.type === 'blob') onBranch.set(p, o.id);
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
  private async rechain(cat: CatFileBatch, base: string, toWrite: Spooled[]): Promise<void> {
    const byFolder = new Map<string, typeof toWrite>();
    for (const f of toWrite) {
      const folder = dirname(f.path);
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
    }
    for (const [folder, files] of byFolder) {
      files.sort((a, b) => a.path.localeCompare(b.path));
      const onBranch: StoredEntry[] = [];
      for (const e of await folderEntriesVia(cat, base, folder, this.readRef))
        if (!files.some((f) => f.path === e.path)) onBranch.push(e);
      const tail = chainTail(onBranch)?.hash;
      if (!tail) continue;
      let expected: string = tail;
      for (const f of files) {
        const entry = JSON.parse(f.content) as { prev: string | null };
        if (entry.prev !== expected) {
          entry.prev = expected;
          f.content = `${JSON.stringify(entry, null, 2)}\n`;
          f.bytes = Buffer.from(f.content, 'utf8');
          f.entry = { ...f.entry, prev: expected };
          await writeDurably(f.spool, f.bytes);
        }
        // Later entries of the batch named the old bytes; they follow the re-linked one.
        expected = sha256(f.bytes);
      }
    }
  }

  /**
   * The spooled entries not on the branch yet. One already there with the same bytes was sent by
   * an earlier run that died before cleaning up; one there with other bytes is an error.
   */
  private unsent(files: Spooled[], onBranch: ReadonlyMap<string, string>): Spooled[] {
    return files.filter((f) => {
      const there = onBranch.get(f.path);
      if (there === undefined) return true;
      if (there !== gitBlobId(f.bytes)) {
        throw new LedgerError(
          `ledger entry ${f.path} is already on ${this.readRef} with different content`,
          {
            hint: 'An entry is never rewritten. Inspect the spool in .git/aios/spool and the branch before retrying.',
          },
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
  private async commitPlan(
    files: Spooled[],
    objects: readonly { path: string; content: Buffer; spool: string }[],
  ): Promise<{
    base: string | undefined;
    onBranch: Map<string, string>;
    newObjects: FileChange[];
    missing: MissingObject[];
    toWrite: Spooled[];
  }> {
    const cat = new CatFileBatch(this.options.repoDir);
    try {
      const { base, onBranch } = await this.branchState(cat, [
        ...files.map((f) => f.path),
        ...objects.map((o) => o.path),
      ]);
      // An object already on the branch is the same text (its path is its id).
      const newObjects: FileChange[] = objects.filter((o) => !onBranch.has(o.path));
      const { held, missing } = await this.heldObjects(cat, files, objects, onBranch);
      newObjects.push(...held);
      const toWrite = this.unsent(files, onBranch);
      if (base) await this.rechain(cat, base, toWrite);
      return { base, onBranch, newObjects, missing, toWrite };
    } finally {
      await cat.close();
    }
  }

  async flush(): Promise<FlushResult> {
    const maxTries = this.options.maxTries ?? 8;
    const sleep =
      this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const quarantined: SpoolDamagedError[] = [];
    for (let attempt = 1; ; attempt++) {
      // One walk of the spool: entries, and the prompt objects under prompts/.
      const entryFiles: { path: string; spool: string }[] = [];
      const objectFiles: { path: string; spool: string }[] = [];
      for (const spool of await walk(this.spoolDir, '')) {
        const path = relative(this.spoolDir, spool).split(sep).join('/');
        if (path.startsWith(PROMPTS_ROOT)) objectFiles.push({ path, spool });
        else if (path.endsWith('.json')) entryFiles.push({ path, spool });
      }
      const files: Spooled[] = [];
      for (const { path, spool } of entryFiles) {
        const bytes = await readFile(spool).catch(() => undefined); // another flush may have sent it
        if (!bytes) continue;
        const read = readSpoolFile(path, bytes);
        if (read.problem !== undefined) {
          // Never onto the append-only branch: set aside, named, and the rest still sent.
          const q = await quarantine(this.spoolDir, path, read.problem);
          quarantined.push(q);
          this.quarantinedHere.push(q);
          continue;
        }
        files.push({ path, content: bytes.toString('utf8'), spool, bytes, entry: read.entry });
      }
      // Only the objects a spooled entry names are published: one kept for a call that never
      // happened (a budget stop, a crash between keep and append) is not the record of anything,
      // as the deliver job leaves such objects behind (jobs/accept-spool.ts). It waits in the
      // spool instead: keep writes an object before the entry naming it, so this run or a
      // concurrent one may still append that entry.
      const named = new Set<string>();
      for (const f of files) for (const { id } of objectsNamedBy(f.entry)) named.add(id);
      const objects = await this.spooledObjects(
        objectFiles.filter((o) => named.has(idOfPromptPath(o.path) ?? '')),
        quarantined,
      );
      const recovered = files.filter((f) => !this.appendedHere.has(f.path));
      const result = (
        r: Omit<FlushResult, 'quarantined' | 'recovered' | 'missingObjects'>,
        missing: readonly MissingObject[] = [],
      ): FlushResult => {
        if (r.pending === 0) for (const f of recovered) this.recoveredPaths.add(f.path);
        this.missingHere.push(...missing);
        this.lastFlush = {
          ...r,
          quarantined: [...this.quarantinedHere],
          recovered: this.recoveredPaths.size,
          missingObjects: [...this.missingHere],
        };
        return { ...r, quarantined, recovered: recovered.length, missingObjects: missing };
      };
      if (files.length === 0)
        return result({ committed: 0, pending: 0, commit: undefined, pushed: false });

      await this.fetch(attempt > 1);
      const { base, onBranch, newObjects, missing, toWrite } = await this.commitPlan(
        files,
        objects,
      );

      let commit: string | undefined;
      // The ref moves (or may have, when the write fails): task histories are read again.
      if (toWrite.length > 0) this.refMoved();
      try {
        if (toWrite.length > 0) {
          const written = toWrite.map((f) => f.entry).sort((a, b) => a.id.localeCompare(b.id));
          const message = ledgerCommitMessage(written);
          const aios = this.options.committer ?? {
            name: 'AIOS ledger',
            email: 'aios-ledger@localhost',
          };
          // A person's own act (sign-off, answer, outcome) is authored by them; AIOS commits it.
          const who = personAuthor(written) ?? aios;
          const time = Math.floor(this.options.clock.now().getTime() / 1000);
          if (this.options.remote) {
            commit = await commitFiles(this.options.repoDir, {
              ref: 'refs/aios/ledger-outgoing',
              sign: await this.sign(),
              parent: base,
              files: [...toWrite, ...newObjects],
              message,
              author: who,
              committer: aios,
              time,
              force: true,
            });
            await pushCommit(
              this.options.repoDir,
              this.options.remote,
              commit,
              this.options.branch,
            );
            await updateRefs(this.options.repoDir, [
              { ref: this.readRef, commit },
              { ref: `refs/heads/${this.options.branch}`, commit },
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
              time,
            });
          }
          this.refMoved();
        }
      } catch (error) {
        // A moved branch (PushRejectedError, or fast-import's compare-and-swap), a remote out of
        // reach, a lock held by another writer: all typed retryable by src/git.
        if (error instanceof PushRejectedError && !error.retryable)
          return result({
            committed: 0,
            pending: files.length,
            commit: undefined,
            pushed: false,
            waiting: error.message,
          });
        if (!(error instanceof GitError && error.retryable)) throw error;
        if (attempt >= maxTries) {
          return result({
            committed: 0,
            pending: files.length,
            commit: undefined,
            pushed: false,
            waiting: error.message,
          });
        }
        await sleep(Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random() / 2));
        continue;
      }
      // Said at every entrypoint (flush-notes.ts): the entry is kept (its call and cost are the
      // record), but its prompt cannot be rebuilt, and verify names the object as missing.
      const sentPaths = new Set(toWrite.map((f) => f.path));
      const missingSent = missing.filter((m) => sentPaths.has(m.path));
      await Promise.all(files.map((f) => rm(f.spool, { force: true })));
      // Objects went with the entries that name them (or were there already).
      const sent = objects.filter((o) => toWrite.length > 0 || onBranch.has(o.path));
      await Promise.all(sent.map((o) => rm(o.spool, { force: true })));
      for (const f of files) this.appendedHere.delete(f.path);
      return result(
        {
          committed: toWrite.length,
          pending: 0,
          commit,
          pushed: Boolean(this.options.remote && commit),
        },
        missingSent,
      );
    }
  }

  entries(filter: { task?: string | undefined } = {}): AsyncIterable<LedgerEntry> {
    if (this.options.cacheTaskReads && filter.task !== undefined)
      return this.taskEntries(filter.task);
    return readLedger(this.options.repoDir, this.readRef, filter);
  }

  /** A task's entries on the ref, read once until the ref moves; each caller gets its own copies. */
  private async *taskEntries(task: string): AsyncGenerator<LedgerEntry> {
    const known = this.taskReads.get(task);
    if (known) {
      for (const e of known) yield structuredClone(e);
      return;
    }
    const moves = this.refMoves;
    const read: LedgerEntry[] = [];
    for await (const e of readLedger(this.options.repoDir, this.readRef, { task })) {
      read.push(structuredClone(e));
      yield e;
    }
    // Kept only when read whole and the ref did not move meanwhile.
    if (moves === this.refMoves) this.taskReads.set(task, read);
  }
}
