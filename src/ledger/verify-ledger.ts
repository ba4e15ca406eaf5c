import { costOf } from '../core/cost.js';
import { LedgerError } from '../core/errors.js';
import { parseJsonBytes } from '../core/json-bytes.js';
import { sha256 } from '../core/hash.js';
import { LEDGER_SCHEMA, LedgerEntry } from '../core/ledger-entry.js';
import { taskKey } from '../core/task.js';
import {
  changesOtherThanAdditions,
  firstParentCommits,
  readFirstParentHistoryBatches,
} from '../git/history-reader.js';
import { REPLACE_REFS, replacedObjectsOf, type ReplacedObject } from '../git/replace-refs.js';
import { commitSignatures } from '../git/signatures.js';
import { listRefs, resolveCommit } from '../git/refs.js';
import { ENTRY_PATH, LEDGER_ROOT, monthOfPath } from './ledger-layout.js';
import { gitlinksAmong, readLedgerFileBatches } from './ledger-files.js';
import { fastCheckEntry } from './read-ledger.js';
import { crossCheckDeliveries, type DeliveredRef } from './verify-deliveries.js';
import { crossCheckForge, ForgeFacts, type ForgeCheck } from './verify-forge.js';
import {
  anchorRefOf,
  checkAnchors,
  offFirstParentLine,
  recordAnchor,
  type AnchorPlaces,
  type HeldAnchor,
} from './verify-anchor.js';
import { PROMPTS_ROOT } from './prompt-objects.js';
import { PromptObjectRefs } from './verify-prompt-objects.js';

/** What a violation breaks. */
export type ViolationKind =
  | 'schema'
  | 'path'
  | 'history'
  | 'chain'
  | 'task'
  | 'cost'
  /** A delivered entry and the task commits disagree (see verify-deliveries.ts). */
  | 'delivery'
  /** The tip does not descend from the tip last verified: the branch was rewritten. */
  | 'rewrite'
  /** A sign-off, outcome or delivery the forge does not record (see verify-forge.ts). */
  | 'forge'
  /** A ledger commit unsigned or badly signed when the config asks for signed commits. */
  | 'signature'
  /** A prompt object missing, or not hashing to its name (see verify-prompt-objects.ts). */
  | 'object';

/** One way the ledger is not whole, with the file and the commit that brought it. */
export interface Violation {
  readonly kind: ViolationKind;
  readonly path: string | undefined;
  /** The commit that added (or last changed) the file, or that made the change. */
  commit: string | undefined;
  readonly message: string;
}

export interface VerifyResult {
  readonly ref: string;
  /** The commit verified: both passes read this one, whatever moves the ref meanwhile. */
  readonly tip: string | undefined;
  readonly commits: number;
  readonly entries: number;
  readonly tasks: number;
  readonly violations: Violation[];
  /** Violations found beyond `limit` (counted, not kept). */
  readonly omitted: number;
}

interface Link {
  readonly path: string;
  readonly id: string;
  readonly hash: string;
  /** The previous entry's hash; null for the first; undefined when unreadable. */
  readonly prev: string | null | undefined;
  readonly event: string | undefined;
  readonly at: string | undefined;
}

class Collector {
  readonly list: Violation[] = [];
  omitted = 0;
  constructor(private readonly limit: number) {}
  add(kind: ViolationKind, path: string | undefined, message: string, commit?: string): void {
    if (this.list.length >= this.limit) this.omitted++;
    else this.list.push({ kind, path, commit, message });
  }
}

/** The checks on one task's folder once all its entries are read. */
function checkTask(
  folder: string,
  links: Link[],
  out: Collector,
  delivered?: readonly DeliveredRef[],
): void {
  if (links.length === 0) return;
  const byHash = new Map<string, Link>();
  for (const l of links) byHash.set(l.hash, l);
  // For each delivered entry of this task: the hashes of the entries before it in the chain,
  // which its commit's AIOS-Ledger-Head trailer must name one of.
  // They were pushed as the folder was read, so this task's are at the end of the list.
  for (let i = (delivered?.length ?? 0) - 1; i >= 0; i--) {
    const d = delivered?.[i];
    if (!d || d.path.slice(0, d.path.lastIndexOf('/')) !== folder) break;
    const before = new Set<string>();
    let at = links.find((l) => l.path === d.path)?.prev;
    while (typeof at === 'string' && !before.has(at)) {
      before.add(at);
      at = byHash.get(at)?.prev;
    }
    d.before = before;
  }
  // One pass for what the checks below need: the chain starts, and which events the task has.
  const heads: Link[] = [];
  let planned = false;
  let attempted = false;
  let deliveries = false;
  for (const l of links) {
    if (l.prev === null) heads.push(l);
    if (l.event === 'planned') planned = true;
    else if (l.event === 'attempt') attempted = true;
    else if (l.event === 'delivered') deliveries = true;
  }
  if (heads.length === 0)
    out.add(
      'chain',
      links[0]?.path,
      'no entry of this task starts its chain (every entry names a previous one): the first entry was removed',
    );
  for (const extra of heads.slice(1))
    out.add(
      'chain',
      extra.path,
      `a second chain starts here (prev is null), but ${heads[0]?.path} already starts this task's chain`,
    );
  const followers = new Map<string, Link>();
  for (const l of links) {
    if (typeof l.prev !== 'string') continue;
    if (!byHash.has(l.prev))
      out.add(
        'chain',
        l.path,
        `prev ${l.prev.slice(0, 12)}… names no entry of this task: the entry before it was removed or edited`,
      );
    const other = followers.get(l.prev);
    if (other)
      out.add(
        'chain',
        l.path,
        `the chain forks: this entry and ${other.path} both follow ${byHash.get(l.prev)?.path ?? l.prev.slice(0, 12)}`,
      );
    else followers.set(l.prev, l);
  }
  if (deliveries && !(planned && attempted))
    for (const d of links) {
      if (d.event !== 'delivered') continue;
      if (!planned) out.add('task', d.path, 'the task was delivered but has no `planned` entry');
      if (!attempted)
        out.add(
          'task',
          d.path,
          'the task was delivered but has no `attempt` entry (no model call)',
        );
    }
  const head = heads[0];
  const month = monthOfPath(folder);
  if (head?.at && month && head.at.slice(0, 7) !== month)
    out.add(
      'path',
      head.path,
      `the task's first entry is from ${head.at.slice(0, 7)} but its folder is ${month.replace('-', '/')}`,
    );
}

/** A replaced object, said as what a person browsing the ledger would be shown. */
function replacedMessage(r: ReplacedObject): string {
  const shown =
    r.type === 'blob'
      ? `this file as other bytes (blob ${r.by.slice(0, 12)})`
      : r.type === 'tree'
        ? `this folder as other contents (tree ${r.by.slice(0, 12)})`
        : `ledger ${r.type} ${r.id.slice(0, 12)} as another (${r.by.slice(0, 12)})`;
  return `${r.ref} makes git show ${shown} to anyone browsing the ledger: verify, reports and exports read the objects themselves; remove it with git replace -d ${r.id}`;
}

/** What each `%G?` other than G (good) means for a ledger that must be signed. */
const SIGNATURE_PROBLEMS: Record<string, string> = {
  N: 'is not signed, but the config asks for signed ledger commits (ledger.signed)',
  B: 'has a bad signature: the commit was changed after it was signed',
  U: 'is signed by a key that is not in the allowed signers',
  E: 'has a signature that cannot be checked (no allowed-signers file, or the key is unknown)',
  X: 'is signed with an expired signature',
  Y: 'is signed by an expired key',
  R: 'is signed by a revoked key',
};

/**
 * Keys present in the stored JSON that the schema dropped when parsing (zod strips keys it does
 * not know; the published JSON Schema forbids them with `additionalProperties: false`), as
 * dotted paths. Anything the schema keeps, including records, is in `parsed` too.
 */
function keysNotIn(raw: unknown, parsed: unknown, at = ''): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed))
    return raw.flatMap((r, i) => keysNotIn(r, parsed[i], `${at}[${i}]`));
  if (!raw || typeof raw !== 'object' || !parsed || typeof parsed !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(raw)) {
    const name = at ? `${at}.${k}` : k;
    if (!Object.prototype.hasOwnProperty.call(parsed, k)) out.push(name);
    else out.push(...keysNotIn(v, (parsed as Record<string, unknown>)[k], name));
  }
  return out;
}

/**
 * The folder each task was first seen in (a task keeps one folder), for the whole ledger: a
 * million entries hold ~150,000 tasks, so each costs its id and a small number (the index of
 * its month folder; its key folder is the task's own key), not a path string. A task first seen
 * in a folder not named by its key (a violation already) keeps the whole folder.
 */
class TaskFolderIndex {
  private readonly months: string[] = [];
  private readonly monthIds = new Map<string, number>();
  private readonly byTask = new Map<string, number | string>();
  private lastTask = '';
  private lastFolder = '';

  /** Note that `task` (key `key`) has an entry in `folder`; the folder it was first seen in when that differs. */
  note(task: string, key: string, folder: string): string | undefined {
    if (task === this.lastTask && folder === this.lastFolder) return undefined;
    this.lastTask = task;
    this.lastFolder = folder;
    const slash = folder.lastIndexOf('/');
    const month = folder.slice(0, slash);
    const inKeyFolder = folder.slice(slash + 1) === key;
    let id = this.monthIds.get(month);
    if (id === undefined) {
      id = this.months.push(month) - 1;
      this.monthIds.set(month, id);
    }
    const seen = this.byTask.get(task);
    if (seen === undefined) {
      this.byTask.set(task, inKeyFolder ? id : folder);
      return undefined;
    }
    if (typeof seen === 'number') {
      if (seen === id && inKeyFolder) return undefined;
      return `${this.months[seen] ?? ''}/${key}`;
    }
    return seen === folder ? undefined : seen;
  }
}

/** `taskKey` of the task read last: a task's entries come together, so this is nearly free. */
let lastTask = '';
let lastKey = '';
function keyOf(task: string): string {
  if (task !== lastTask) {
    lastKey = taskKey(task);
    lastTask = task;
  }
  return lastKey;
}

/** Check one entry's content: schema, file name, cost. Returns what the chain needs. */
function checkEntry(
  path: string,
  /** The entry's folder: `path` up to its last slash. */
  folder: string,
  bytes: Buffer,
  match: RegExpExecArray,
  taskFolders: TaskFolderIndex,
  out: Collector,
  delivered?: DeliveredRef[],
  forgeFacts?: ForgeFacts,
  objects?: PromptObjectRefs,
): Link {
  const hash = sha256(bytes);
  const id = match[4] ?? '';
  let json: unknown;
  try {
    json = parseJsonBytes(bytes);
  } catch (e) {
    out.add('schema', path, `is not valid JSON: ${(e as Error).message}`);
    return { path, id, hash, prev: undefined, event: match[5], at: undefined };
  }
  const raw = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const prev = raw.prev === null || typeof raw.prev === 'string' ? raw.prev : undefined;
  const at = typeof raw.at === 'string' ? raw.at : undefined;
  if (raw.schema !== LEDGER_SCHEMA) {
    out.add(
      'schema',
      path,
      `schema version ${JSON.stringify(raw.schema)} is not one this AIOS knows (${LEDGER_SCHEMA}): upgrade AIOS, or the file was not written by it`,
    );
    return { path, id, hash, prev, event: match[5], at };
  }
  let e: LedgerEntry;
  // The fast check proves zod would accept the entry with no key to strip: the JSON is the
  // entry. Anything else goes through zod, whose messages name what is wrong.
  if (fastCheckEntry?.(json)) e = json as LedgerEntry;
  else {
    const parsed = LedgerEntry.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`)
        .join('; ');
      const more =
        parsed.error.issues.length > 3 ? ` (+${parsed.error.issues.length - 3} more)` : '';
      out.add('schema', path, `does not match the ${LEDGER_SCHEMA} schema: ${issues}${more}`);
      return { path, id, hash, prev, event: match[5], at };
    }
    e = parsed.data;
    const extra = keysNotIn(raw, e);
    if (extra.length > 0)
      out.add(
        'schema',
        path,
        `holds ${extra.length === 1 ? 'a key' : 'keys'} the ${LEDGER_SCHEMA} schema does not allow: ${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', …' : ''}`,
      );
  }
  if (e.id !== id || e.event !== match[5])
    out.add(
      'path',
      path,
      `the file name says ${id}-${match[5]} but the entry is ${e.id}-${e.event}`,
    );
  const key = keyOf(e.task);
  if (key !== match[3])
    out.add(
      'path',
      path,
      `the entry is for task ${e.task} (folder ${key}) but sits in folder ${match[3]}`,
    );
  const seen = taskFolders.note(e.task, key, folder);
  if (seen !== undefined)
    out.add('path', path, `task ${e.task} also has entries in ${seen}: a task keeps one folder`);
  forgeFacts?.add(path, e);
  objects?.add(path, e);
  if (e.event === 'delivered' && delivered)
    delivered.push({ path, task: e.task, commit: e.data.commit, branch: e.data.branch });
  if (e.event === 'attempt') {
    const c = costOf(e.usage, e.cost.billing, e.cost.price, e.cost.shadowPrice);
    if (c.actualMicros !== e.cost.actualMicros)
      out.add(
        'cost',
        path,
        `cost.actualMicros is ${e.cost.actualMicros} but usage × the stored price gives ${c.actualMicros}`,
      );
    if (c.shadowMicros !== e.cost.shadowMicros)
      out.add(
        'cost',
        path,
        `cost.shadowMicros is ${e.cost.shadowMicros} but usage × the stored shadow price gives ${c.shadowMicros}`,
      );
  }
  return { path, id, hash, prev: e.prev, event: e.event, at: e.at };
}

/**
 * Prove the ledger is whole: every entry valid against its schema version and where its name
 * says; every file added exactly once in the branch's history and never modified or deleted;
 * every task's chain unbroken (one start, every `prev` found, no forks); every delivered task
 * planned and attempted; every call's cost equal to usage × its stored price (`costOf`, the
 * one formula). Two streaming passes over one commit: its tree (`git archive`, attributes off)
 * and its first-parent history (git's diffs; read change by change only when something in it is
 * not an addition, or a violation needs its commit named). Memory holds one task's entries and
 * the task → folder index, never the ledger.
 */
export async function verifyLedger(
  repoDir: string,
  ref: string,
  options: {
    limit?: number;
    /** The commit `ref` names, when the caller has looked it up already (one git call fewer). */
    tip?: string | undefined;
    /** Where the last verified tip is kept; `false` skips the descent check and recording. */
    anchor?: AnchorPlaces | false;
    /** Cross-check delivered entries against the task branches of this repository. */
    branches?: boolean;
    /** Cross-check sign-offs, outcomes and deliveries against the forge's PRs and reviews. */
    forge?: ForgeCheck | undefined;
    /** Require every ledger commit signed by a key of this allowed-signers file (or git's own config). */
    signed?: { allowedSigners?: string | undefined } | undefined;
  } = {},
): Promise<VerifyResult> {
  const out = new Collector(options.limit ?? 10_000);
  const tip = options.tip ?? (await resolveCommit(repoDir, ref));
  if (!tip)
    throw new LedgerError(`there is no ledger at ${ref}`, {
      hint: 'Fetch the ledger branch (git fetch origin aios-ledger:aios-ledger) or pass --ref.',
    });

  // Pass 0: the ledger only grows. A rewrite can leave a consistent-looking history behind; it
  // cannot make the new tip descend from the old one.
  // The anchors the tip does descend from must also lie on its first-parent line: pass 2 walks
  // that line and strikes each one it meets.
  const offLine = new Map<string, HeldAnchor[]>();
  // The anchor ref and any replace refs, in one git process.
  const anchorRef = options.anchor === false ? undefined : anchorRefOf(ref, options.anchor);
  const listed = await listRefs(repoDir, [...(anchorRef ? [anchorRef] : []), REPLACE_REFS]);
  if (options.anchor !== false) {
    const anchored = listed.find((r) => r.ref === anchorRef);
    // No such ref: none recorded (null). A ref naming something other than a commit (a tag):
    // checkAnchors resolves it itself (undefined).
    const listedAnchor = !anchored ? null : anchored.type === 'commit' ? anchored.id : undefined;
    const { breaks, held } = await checkAnchors(
      repoDir,
      ref,
      tip,
      options.anchor ?? {},
      listedAnchor,
    );
    for (const b of breaks) out.add('rewrite', undefined, b.message, tip);
    for (const h of held) offLine.set(h.anchor, [...(offLine.get(h.anchor) ?? []), h]);
  }

  // Pass 1: the tree at the tip.
  const taskFolders = new TaskFolderIndex();
  const delivered: DeliveredRef[] | undefined = options.branches ? [] : undefined;
  const forgeFacts = options.forge ? new ForgeFacts(options.forge) : undefined;
  const objects = new PromptObjectRefs();
  let folder: string | undefined;
  let links: Link[] = [];
  let entries = 0;
  let tasks = 0;
  const emptyFolders: string[] = [];
  // Read as `git archive`, one month folder at a time (ledger-files.ts), with every attribute
  // switched off (see archive-reader.ts): git writes it in 10 KB blocks where `cat-file --batch`
  // writes each object apart, so the pipe carries a fraction of the reads, and one git at a time
  // holds one month's working set. The bytes are the blobs'; a link or other non-file under
  // ledger/ is shown, and flagged.
  let outside: readonly string[] = [];
  let prompts: boolean | undefined;
  for await (const batch of readLedgerFileBatches(repoDir, tip, {
    others: true,
    onLayout: (layout) => {
      outside = layout.outside;
      prompts = layout.prompts;
    },
  })) {
    for (const s of batch) {
      if (s.other) {
        if (s.folder) emptyFolders.push(s.path);
        else out.add('path', s.path, 'is not a regular file: entries are JSON files');
        continue;
      }
      const match = ENTRY_PATH.exec(s.path);
      if (!match) {
        out.add(
          'path',
          s.path,
          'is not a ledger entry file: entries are ledger/<yyyy>/<mm>/<task-key>/<id>-<event>.json',
        );
        continue;
      }
      const dir = s.path.slice(0, s.path.lastIndexOf('/'));
      if (dir !== folder) {
        if (folder !== undefined) checkTask(folder, links, out, delivered);
        folder = dir;
        links = [];
        tasks++;
      }
      entries++;
      links.push(
        checkEntry(s.path, dir, s.bytes, match, taskFolders, out, delivered, forgeFacts, objects),
      );
    }
  }
  if (folder !== undefined) checkTask(folder, links, out, delivered);
  // A folder the archive shows empty: a submodule (gitlink) or a hand-made empty tree. Neither
  // holds entries a verify can read, so neither may hide under ledger/.
  const gitlinks = await gitlinksAmong(repoDir, tip, emptyFolders);
  for (const p of emptyFolders)
    out.add(
      'path',
      p,
      gitlinks.has(p)
        ? 'is a submodule (gitlink, mode 160000), not a folder of entries: the ledger branch holds entry files only'
        : 'is an empty folder (an empty tree): the ledger branch holds entry files only',
    );
  // Objects of the ledger that `git replace` shows as others to a person browsing (this
  // process reads past replacements: git/run-git.ts).
  for (const r of await replacedObjectsOf(repoDir, tip, listed))
    out.add('history', r.path, replacedMessage(r), r.path === undefined ? r.id : undefined);
  // The texts prompts were built from: there, and each what its name says (read once, after
  // every entry has named its objects).
  for (const p of await objects.check(repoDir, tip, prompts)) out.add('object', p.path, p.message);

  // The work itself: delivered entries against the task commits, and back.
  if (delivered)
    for (const m of await crossCheckDeliveries(repoDir, delivered))
      out.add('delivery', m.path, m.message, m.path ? undefined : m.commit);

  // What people did, against the forge's record of it.
  if (options.forge && forgeFacts)
    for (const m of await crossCheckForge(repoDir, options.forge, forgeFacts))
      out.add('forge', m.path, m.message);

  // Who wrote the history: every commit signed by an allowed key, when the config asks.
  if (options.signed)
    for (const sig of await commitSignatures(repoDir, tip, options.signed.allowedSigners)) {
      const why =
        SIGNATURE_PROBLEMS[sig.status] ?? `has a signature git cannot accept (${sig.status})`;
      if (sig.status !== 'G')
        out.add(
          'signature',
          undefined,
          `ledger commit ${sig.commit.slice(0, 12)} ${why}`,
          sig.commit,
        );
    }

  // Pass 2: the history. Every change must be an addition of a new path under ledger/.
  const needCommit = new Map<string, Violation[]>();
  for (const v of out.list)
    if (v.path && !v.commit) needCommit.set(v.path, [...(needCommit.get(v.path) ?? []), v]);
  const deleted = new Set<string>();
  // Merge commits on the first-parent line, with how many parents each has.
  const merges = new Map<string, number>();
  let commits = 0;
  let commit = '';
  // A whole ledger's history is additions under ledger/ and prompts/ alone. When nothing so far
  // needs a commit named and nothing sits beside those two folders (an addition elsewhere that
  // is still there), git is asked only whether any change is something else: it filters the
  // additions out itself, and the commits are listed apart. Only when it finds one is the
  // history read change by change below.
  const wholeSoFar = needCommit.size === 0 && outside.length === 0;
  let onlyAdditions = false;
  if (wholeSoFar) {
    // One after the other: each git holds its own working set, and the process tree's peak is
    // the sum of what runs at once.
    const counted = await firstParentCommits(repoDir, tip, (id, parents) => {
      if (offLine.size > 0) offLine.delete(id);
      if (parents > 1) merges.set(id, parents);
    });
    const changed = await changesOtherThanAdditions(repoDir, tip);
    onlyAdditions = !changed;
    if (onlyAdditions) commits = counted;
  }
  // Additions under ledger/ and prompts/ matter only for a violation still without its commit,
  // or for a path deleted before (the reader shows every change from the first that is not an
  // addition): otherwise git's listing of them is skipped unread.
  const skipAddedUnder = needCommit.size === 0 ? [LEDGER_ROOT, PROMPTS_ROOT] : [];
  if (!onlyAdditions)
    for await (const steps of readFirstParentHistoryBatches(repoDir, tip, { skipAddedUnder }))
      for (const step of steps) {
        if (step.kind === 'commit') {
          commit = step.id;
          commits++;
          if (step.parents > 1) merges.set(commit, step.parents);
          if (offLine.size > 0) offLine.delete(commit);
          continue;
        }
        const { status, path } = step;
        const short = commit.slice(0, 12);
        if (status === 'A' || status === 'M')
          for (const v of needCommit.get(path) ?? []) v.commit = commit;
        if (status === 'A') {
          if (!path.startsWith(LEDGER_ROOT) && !path.startsWith(PROMPTS_ROOT))
            out.add(
              'path',
              path,
              `was added outside ledger/ in ${short}: the ledger branch holds entries only`,
              commit,
            );
          if (deleted.has(path)) {
            out.add(
              'history',
              path,
              `was added again in ${short} after it was deleted: an entry is written once`,
              commit,
            );
            deleted.delete(path);
          }
        } else if (status === 'M') {
          out.add(
            'history',
            path,
            `was modified in ${short}: an entry is written once and never edited`,
            commit,
          );
        } else if (status === 'D') {
          deleted.add(path);
          out.add('history', path, `was deleted in ${short}: entries are never removed`, commit);
        } else {
          out.add(
            'history',
            path,
            `changed (${status}) in ${short}: entries are only ever added`,
            commit,
          );
        }
      }

  // AIOS writes the ledger as a line of single-parent commits (git/commit-files.ts): a merge
  // joined another history into it, whose entries were never written through AIOS's store.
  for (const [id, parents] of merges)
    out.add(
      'history',
      undefined,
      `ledger commit ${id.slice(0, 12)} is a merge of ${parents} histories: AIOS writes the ledger as a line of single-parent commits, so the entries it joined in were not written by AIOS`,
      id,
    );
  for (const held of offLine.values())
    for (const h of held) out.add('rewrite', undefined, offFirstParentLine(h, tip), tip);

  const violations = out.list.sort(
    (a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.kind.localeCompare(b.kind),
  );
  if (options.anchor !== false && violations.length === 0 && out.omitted === 0)
    await recordAnchor(repoDir, ref, tip, options.anchor ?? {});
  return { ref, tip, commits, entries, tasks, violations, omitted: out.omitted };
}
