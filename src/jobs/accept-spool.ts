import { isUtf8 } from 'node:buffer';
import { lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import type { AiosConfig } from '../config/config-schema.js';
import { costOf } from '../core/cost.js';
import { sha256 } from '../core/hash.js';
import { parseJsonBytes } from '../core/json-bytes.js';
import { LedgerEntry, serializeEntry } from '../core/ledger-entry.js';
import type { Plan } from '../core/plan.js';
import { taskKey } from '../core/task.js';
import { entryPath, parseEntryPath } from '../ledger/ledger-layout.js';
import type { SpooledEntryRef } from './plan-artifact.js';
import {
  idOfPromptPath,
  objectsNamedBy,
  promptObjectProblem,
  PROMPTS_ROOT,
} from '../ledger/prompt-objects.js';

/**
 * The deliver job's checks on the ledger entries it is handed before it pushes them: the work
 * job runs on a self-hosted runner beside untrusted text and model output, so its spool is data
 * to verify, never entries to publish as they are. Intake's entries are accepted only as listed
 * (path and sha256) in the plan, whose own hash deliver has verified.
 */

/** The events the work job may write; anything else (planned, delivered, signoff, outcome) is refused. */
export const WORK_EVENTS: ReadonlySet<string> = new Set([
  'attempt',
  'gate',
  'asked',
  'declined',
  'failed',
  'shadow',
]);
/** Caps: far above one task's real entries (a few calls and gates per attempt), far below harm. */
export const SPOOL_CAPS = {
  entries: 400,
  entryBytes: 512_000,
  totalBytes: 8_000_000,
  /** Prompt objects (ledger/prompt-objects.ts): the texts and shown files prompts were built from. */
  objects: 2_000,
  objectBytes: 4_000_000,
  objectsTotalBytes: 64_000_000,
} as const;

/** An entry ready to go into the deliver job's own spool, at its path in the ledger. */
export interface AcceptedEntry {
  readonly path: string;
  readonly bytes: Buffer;
}

export type SpoolVerdict =
  | {
      readonly ok: true;
      readonly entries: AcceptedEntry[];
      /** Prompt objects named by the accepted entries, each checked against its id. */
      readonly objects?: AcceptedEntry[] | undefined;
    }
  | { readonly ok: false; readonly problems: string[] };

/** Files under `dir`, as spool-relative posix paths; symlinks and odd files are reported, not followed. */
async function listFiles(
  dir: string,
  rel = '',
): Promise<{ files: { path: string; size: number }[]; problems: string[] }> {
  const files: { path: string; size: number }[] = [];
  const problems: string[] = [];
  let names;
  try {
    names = await readdir(join(dir, rel), { withFileTypes: true });
  } catch {
    return { files, problems };
  }
  for (const n of names) {
    const path = rel ? `${rel}/${n.name}` : n.name;
    const info = await lstat(join(dir, path));
    if (info.isSymbolicLink()) problems.push(`${path}: a symlink`);
    else if (info.isDirectory()) {
      const sub = await listFiles(dir, path);
      files.push(...sub.files);
      problems.push(...sub.problems);
    } else if (!info.isFile()) problems.push(`${path}: not a regular file`);
    else files.push({ path, size: info.size });
    if (files.length > SPOOL_CAPS.entries + SPOOL_CAPS.objects) {
      problems.push(`more than ${SPOOL_CAPS.entries + SPOOL_CAPS.objects} files`);
      break;
    }
  }
  return { files, problems };
}

/**
 * Intake's entries: exactly those the verified plan lists, with the same bytes. An entry
 * already moved to the deliver spool by an earlier try of this job is simply absent.
 */
export async function acceptIntakeSpool(
  spoolDir: string,
  listed: readonly SpooledEntryRef[],
): Promise<SpoolVerdict> {
  const entries: AcceptedEntry[] = [];
  const problems: string[] = [];
  for (const ref of listed) {
    const object = idOfPromptPath(ref.path);
    if (
      !object &&
      !/^ledger\/\d{4}\/\d{2}\/[a-z0-9][a-z0-9._-]*\/[0-9A-Z]{26}-[a-z]+\.json$/.test(ref.path)
    ) {
      problems.push(`${ref.path}: not a ledger entry path`);
      continue;
    }
    const file = join(spoolDir, ...ref.path.split('/'));
    const info = await lstat(file).catch(() => undefined);
    if (!info) continue;
    if (!info.isFile()) {
      problems.push(`${ref.path}: not a regular file`);
      continue;
    }
    const bytes = await readFile(file);
    const problem = object ? promptObjectProblem(ref.path, bytes) : undefined;
    if (sha256(bytes) !== ref.sha256) problems.push(`${ref.path}: not the bytes intake wrote`);
    else if (problem) problems.push(`${ref.path}: ${problem}`);
    else entries.push({ path: ref.path, bytes });
  }
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}

/**
 * The work job's entries: each must parse as a ledger entry (in its canonical serialisation),
 * sit at its canonical path in the task's folder, belong to the plan's task, rule and work, be
 * one of the events the work job may write, chain to intake's entries or to each other, keep
 * within the caps, and not be a symlink; a model call's cost is recomputed from its usage and
 * the deliver job's own price for the model, and must match. One bad entry refuses the spool.
 */
export async function acceptWorkSpool(
  spoolDir: string,
  expect: {
    readonly task: string;
    readonly plan: Plan;
    /**
     * The plans of each handoff after the first, as deliver re-derived them
     * (`jobs/handoff-check.ts`): entries may belong to any of them, and the work job may write
     * the `planned` entry (with `hop`) of each.
     */
    readonly hops?: readonly Plan[] | undefined;
    readonly config: AiosConfig;
    /** Intake's accepted entries: their folder is the task's, their hashes start the chain. */
    readonly intake: readonly AcceptedEntry[];
  },
): Promise<SpoolVerdict> {
  const { files, problems } = await listFiles(spoolDir);
  const key = taskKey(expect.task);
  // The task's folder is that of intake's entries (not of the objects kept beside them).
  const first = expect.intake.find((e) => e.path.startsWith('ledger/'));
  const folder = first ? posix.dirname(first.path) : undefined;
  const known = new Set(expect.intake.map((e) => sha256(e.bytes)));
  let total = 0;
  const parsed: { path: string; bytes: Buffer; entry: LedgerEntry }[] = [];
  const objectFiles: { path: string; size: number }[] = [];
  for (const f of files) {
    if (problems.length) break;
    const at = (why: string) => problems.push(`${f.path}: ${why}`);
    if (f.path.startsWith(PROMPTS_ROOT)) {
      objectFiles.push(f); // checked once the entries that name them are known
      continue;
    }
    if (!f.path.endsWith('.json')) {
      at('not a .json ledger entry');
      continue;
    }
    if (f.size > SPOOL_CAPS.entryBytes) {
      at(`${f.size} bytes, above the ${SPOOL_CAPS.entryBytes}-byte cap for one entry`);
      continue;
    }
    total += f.size;
    if (total > SPOOL_CAPS.totalBytes) {
      at(`the spool passes the ${SPOOL_CAPS.totalBytes}-byte cap`);
      continue;
    }
    const bytes = await readFile(join(spoolDir, ...f.path.split('/')));
    let entry: LedgerEntry;
    try {
      entry = LedgerEntry.parse(parseJsonBytes(bytes));
    } catch {
      // Decoded anyway, bytes that are not UTF-8 would pass the canonical-form check below as
      // the U+FFFD they decode to, and reach the ledger as they are.
      at(isUtf8(bytes) ? 'not a valid ledger entry' : 'not a valid ledger entry: not UTF-8 text');
      continue;
    }
    if (serializeEntry(entry) !== bytes.toString('utf8')) {
      at('not in the canonical form AIOS writes');
      continue;
    }
    const hopPlan =
      entry.event === 'planned' && entry.data.hop ? expect.hops?.[entry.data.hop.n - 1] : undefined;
    if (!WORK_EVENTS.has(entry.event) && !hopPlan) {
      at(`a "${entry.event}" entry, which the work job may not write`);
      continue;
    }
    if (entry.event === 'planned' && hopPlan?.persona !== entry.data.persona) {
      at(`a handoff to ${entry.data.persona}, which is not the handoff deliver derived`);
      continue;
    }
    if (entry.task !== expect.task) {
      at(`belongs to ${entry.task}, not ${expect.task}`);
      continue;
    }
    const matches = (p: Plan) =>
      entry.rule.id === p.rule.id &&
      entry.rule.configHash === p.configHash &&
      entry.work.kind === p.kind &&
      entry.work.risk === p.risk;
    if (hopPlan ? !matches(hopPlan) : ![expect.plan, ...(expect.hops ?? [])].some(matches)) {
      at('its rule or work does not match the plan');
      continue;
    }
    const where = parseEntryPath(f.path);
    const canonicalDir = folder ?? where?.folder ?? posix.dirname(f.path);
    if (!where || where.key !== key || f.path !== entryPath(canonicalDir, entry)) {
      at(`not at its canonical path (${entryPath(canonicalDir, entry)})`);
      continue;
    }
    if (entry.event === 'attempt') {
      const model = expect.config.models[entry.cost.price.model];
      const shadowId = model?.shadowModel;
      const shadow = shadowId ? expect.config.models[shadowId] : undefined;
      const want = model
        ? costOf(
            entry.usage,
            model.billing,
            { model: entry.cost.price.model, ...model.price },
            shadow && shadowId ? { model: shadowId, ...shadow.price } : undefined,
          )
        : undefined;
      if (!want) {
        at(`model ${entry.cost.price.model} is not in the config`);
        continue;
      }
      if (JSON.stringify(want) !== JSON.stringify(entry.cost)) {
        at(
          `its cost (${entry.cost.actualMicros} actual, ${entry.cost.shadowMicros} shadow micro-dollars) does not match its usage at the configured prices (${want.actualMicros}, ${want.shadowMicros})`,
        );
        continue;
      }
    }
    parsed.push({ path: f.path, bytes, entry });
  }
  if (problems.length) return { ok: false, problems };
  // The chain: each entry names intake's entries or another accepted entry as its predecessor.
  for (const e of parsed) known.add(sha256(e.bytes));
  for (const e of parsed) {
    if (e.entry.prev === null || !known.has(e.entry.prev))
      problems.push(`${e.path}: its prev does not name an entry of this run`);
  }
  if (problems.length) return { ok: false, problems };
  const objects = await acceptObjects(
    spoolDir,
    objectFiles,
    parsed.map((p) => p.entry),
    problems,
  );
  if (problems.length) return { ok: false, problems };
  return { ok: true, entries: parsed.map(({ path, bytes }) => ({ path, bytes })), objects };
}

/**
 * The work job's prompt objects: each at a `prompts/` path naming its own git blob id, within
 * the caps, and hashing to that id; only those an accepted entry names are kept (a text kept
 * for a call that never happened, say a budget stop, is left behind, not published).
 */
async function acceptObjects(
  spoolDir: string,
  files: readonly { path: string; size: number }[],
  entries: readonly LedgerEntry[],
  problems: string[],
): Promise<AcceptedEntry[]> {
  const named = new Set<string>();
  for (const e of entries) for (const { id } of objectsNamedBy(e)) named.add(id);
  const out: AcceptedEntry[] = [];
  let total = 0;
  for (const f of files) {
    const id = idOfPromptPath(f.path);
    if (!id) problems.push(`${f.path}: not a prompt object path (prompts/<2 hex>/<38 hex>)`);
    else if (f.size > SPOOL_CAPS.objectBytes)
      problems.push(
        `${f.path}: ${f.size} bytes, above the ${SPOOL_CAPS.objectBytes}-byte cap for one object`,
      );
    else if ((total += f.size) > SPOOL_CAPS.objectsTotalBytes)
      problems.push(
        `${f.path}: the spool's objects pass the ${SPOOL_CAPS.objectsTotalBytes}-byte cap`,
      );
    else if (named.has(id)) {
      const bytes = await readFile(join(spoolDir, ...f.path.split('/')));
      const problem = promptObjectProblem(f.path, bytes);
      if (problem) problems.push(`${f.path}: ${problem}`);
      else out.push({ path: f.path, bytes });
    }
  }
  return out;
}

/**
 * The deliver job's intake of ledger entries: intake's listed entries and (for planned work)
 * the work job's checked ones are moved into the deliver job's own spool, which is the only
 * one it pushes. Moved, not copied, so a re-run of the job finds them once. A refused work
 * spool is reported and none of it is moved; intake's entries still are.
 */
export async function admitSpools(options: {
  readonly planSpool: string;
  readonly workSpool: string;
  readonly deliverSpool: string;
  readonly listed: readonly SpooledEntryRef[];
  /** Present when work was planned: what the work job's entries must match. */
  readonly work?:
    | { task: string; plan: Plan; hops?: readonly Plan[] | undefined; config: AiosConfig }
    | undefined;
}): Promise<{ refused: string[]; work: AcceptedEntry[] }> {
  const intake = await acceptIntakeSpool(options.planSpool, options.listed);
  if (!intake.ok) return { refused: intake.problems.map((p) => `intake spool ${p}`), work: [] };
  let work: AcceptedEntry[] = [];
  let objects: AcceptedEntry[] = [];
  const refused: string[] = [];
  if (options.work) {
    const verdict = await acceptWorkSpool(options.workSpool, {
      ...options.work,
      intake: intake.entries,
    });
    if (verdict.ok) {
      work = verdict.entries;
      objects = verdict.objects ?? [];
    } else refused.push(...verdict.problems.map((p) => `work spool ${p}`));
  }
  for (const [from, entries] of [
    [options.planSpool, intake.entries],
    [options.workSpool, [...work, ...objects]],
  ] as const) {
    for (const e of entries) {
      const to = join(options.deliverSpool, ...e.path.split('/'));
      await mkdir(dirname(to), { recursive: true });
      await writeFile(to, e.bytes);
      await rm(join(from, ...e.path.split('/')), { force: true });
    }
  }
  return { refused, work };
}

/**
 * The cost totals of a run, from its accepted model-call entries (whose costs were recomputed
 * from usage and prices): what the PR body and the job summary show, instead of the work job's
 * own figures.
 */
export function costOfEntries(entries: readonly AcceptedEntry[]): {
  actualMicros: number;
  shadowMicros: number;
  calls: number;
  inputTokens: number;
  outputTokens: number;
} {
  const total = { actualMicros: 0, shadowMicros: 0, calls: 0, inputTokens: 0, outputTokens: 0 };
  for (const e of entries) {
    const entry = LedgerEntry.parse(parseJsonBytes(e.bytes));
    // A shadow run's calls are spend, but not the delivered work's: reported apart.
    if (entry.event !== 'attempt' || entry.data.purpose === 'shadow') continue;
    total.actualMicros += entry.cost.actualMicros;
    total.shadowMicros += entry.cost.shadowMicros;
    total.calls += 1;
    total.inputTokens += entry.usage.inputTokens;
    total.outputTokens += entry.usage.outputTokens;
  }
  return total;
}

/** The entries a job spooled, by path and sha256: intake lists its own in the plan. */
export async function spoolRefs(spoolDir: string): Promise<SpooledEntryRef[]> {
  const { files } = await listFiles(spoolDir);
  const refs: SpooledEntryRef[] = [];
  // Entries and the prompt objects (the task snapshot) intake kept beside them.
  for (const f of files.filter((x) => x.path.endsWith('.json') || idOfPromptPath(x.path)))
    refs.push({
      path: f.path,
      sha256: sha256(await readFile(join(spoolDir, ...f.path.split('/')))),
    });
  return refs.sort((a, b) => a.path.localeCompare(b.path));
}

/** Copy intake's listed entries into the work job's spool, so the work job's entries chain to them. */
export async function seedSpool(
  from: string,
  to: string,
  listed: readonly SpooledEntryRef[],
): Promise<string[]> {
  const copied: string[] = [];
  for (const ref of listed) {
    const src = join(from, ...ref.path.split('/'));
    const bytes = await readFile(src).catch(() => undefined);
    if (!bytes || sha256(bytes) !== ref.sha256) continue;
    const dst = join(to, ...ref.path.split('/'));
    await mkdir(dirname(dst), { recursive: true });
    await writeFile(dst, bytes);
    copied.push(dst);
  }
  return copied;
}
