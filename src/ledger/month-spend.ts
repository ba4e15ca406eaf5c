/**
 * What has been spent this calendar month (UTC), from the ledger: the past that the month, tier
 * and person budgets compare a new call against. Money is what `attempt` entries recorded as
 * `cost.actualMicros`; a call is charged to its tier (the entry's actor) and to the person who
 * started the task (the `requestedBy` of the task's latest `planned` entry before the call).
 */
import { decodeTime } from 'ulid';
import { z } from 'zod';
import { LedgerError } from '../core/errors.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import { readBlobs } from '../git/batch-reader.js';
import { listTree } from '../git/tree-reader.js';
import { LEDGER_ROOT } from './ledger-layout.js';
import { parseStoredJson } from './read-ledger.js';

/** Who a call's spend is charged to besides the month as a whole. */
export interface SpendKey {
  readonly tier: string;
  readonly person: string;
}

/** Charged to calls whose task has no `planned` entry on the ledger (should not happen). */
export const UNKNOWN_PERSON = '(unknown)';

/** `2026-11` for any time in November 2026, UTC. */
export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Running totals for one month, in micro-dollars. Mutable on purpose: a long-lived runner reads
 * the ledger once and then adds each call it makes, so the next task sees them without a re-read.
 */
export class MonthSpend {
  #total = 0;
  readonly #byTier = new Map<string, number>();
  readonly #byPerson = new Map<string, number>();

  constructor(readonly month: string) {}

  /** Everything spent this month. */
  get totalMicros(): number {
    return this.#total;
  }

  tierMicros(tier: string): number {
    return this.#byTier.get(tier) ?? 0;
  }

  personMicros(person: string): number {
    return this.#byPerson.get(person) ?? 0;
  }

  add(micros: number, key: SpendKey): void {
    if (micros === 0) return;
    this.#total += micros;
    this.#byTier.set(key.tier, this.tierMicros(key.tier) + micros);
    this.#byPerson.set(key.person, this.personMicros(key.person) + micros);
  }
}

/**
 * The fields of an entry that spend depends on. Checking only these (not the whole entry schema,
 * which `aios ledger verify` does) makes the start-up read about twice as fast; a value that
 * would make the sum wrong (a negative or fractional cost, a bad time) is still refused.
 */
const SpendFields = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('planned'),
    task: z.string(),
    data: z.object({ requestedBy: z.string() }),
  }),
  z.object({
    event: z.literal('attempt'),
    task: z.string(),
    at: z.iso.datetime(),
    actor: z.object({ tier: z.string().optional() }),
    cost: z.object({ actualMicros: z.number().int().nonnegative() }),
  }),
]);
type SpendFields = z.infer<typeof SpendFields>;

/** Parse one stored entry file for its spend fields; errors name the path. */
function parseSpendFields(path: string, bytes: Buffer): SpendFields {
  const json = parseStoredJson(path, bytes);
  const result = SpendFields.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new LedgerError(
      `${path} is not a valid ledger entry: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
      { hint: 'Run `aios ledger verify` to list every problem with the commit that made it.' },
    );
  }
  return result.data;
}

/**
 * Sums entries into `spend`. Entries must come grouped by task in id (time) order, as the
 * ledger stores them, so a task's `planned` entry is seen before the calls it led to; a re-run's
 * new `planned` entry replaces the requester from then on.
 */
class SpendSummer {
  readonly #requester = new Map<string, string>();
  constructor(readonly spend: MonthSpend) {}

  add(entry: LedgerEntry | SpendFields): void {
    if (entry.event === 'planned') this.#requester.set(entry.task, entry.data.requestedBy);
    else if (entry.event === 'attempt' && monthOf(new Date(entry.at)) === this.spend.month) {
      this.spend.add(entry.cost.actualMicros, {
        tier: ('tier' in entry.actor && entry.actor.tier) || 'unknown',
        person: this.#requester.get(entry.task) ?? UNKNOWN_PERSON,
      });
    }
  }
}

/** The spend of the month of `now` in a stream of ledger entries (any LedgerStore's `entries()`). */
export async function spendFromEntries(
  entries: AsyncIterable<LedgerEntry>,
  now: Date,
): Promise<MonthSpend> {
  const summer = new SpendSummer(new MonthSpend(monthOf(now)));
  for await (const entry of entries) summer.add(entry);
  return summer.spend;
}

/** The time an entry file was written, from the ULID its name starts with; NaN if it has none. */
export function entryFileTime(name: string): number {
  try {
    return decodeTime(name.slice(0, 26));
  } catch {
    return Number.NaN;
  }
}

/**
 * An entry written a little before the month began may still carry a time in it (the id and the
 * `at` of an entry are read from the clock one after the other); a day covers any such gap, and
 * the entry's own `at` decides in the end.
 */
const SLACK_MS = 24 * 3600 * 1000;

/**
 * The month's spend as recorded on a ledger ref (no ref yet: nothing spent). Reads only what the
 * month needs, so start-up cost follows the month's activity rather than the ledger's age: one
 * `git ls-tree` lists every entry file, whose name starts with its id (a ULID, which encodes
 * when it was written); only `attempt` files written this month, and the `planned` files of
 * their tasks, are then read and parsed, through one `git cat-file --batch`.
 */
export async function readMonthSpend(options: {
  readonly repoDir: string;
  readonly ref: string;
  readonly now: Date;
}): Promise<MonthSpend> {
  const spend = new MonthSpend(monthOf(options.now));
  const from = Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), 1) - SLACK_MS;

  // Pass 1: the listing. A task's files are listed together (one folder per task), so each
  // folder is kept only if it holds a call this month, and memory follows the month's activity.
  type File = { readonly path: string; readonly blob: string };
  const wanted: File[] = [];
  let folder = '';
  let group: File[] = [];
  let needed = false;
  const close = () => {
    if (needed) wanted.push(...group);
    group = [];
    needed = false;
  };
  // No ledger yet (no commit at the ref): an empty listing, told by ls-tree itself.
  for await (const file of listTree(options.repoDir, options.ref, LEDGER_ROOT, {
    commitOrNothing: true,
  })) {
    const slash = file.path.lastIndexOf('/');
    const name = file.path.slice(slash + 1);
    const planned = name.endsWith('-planned.json');
    const attempt = !planned && name.endsWith('-attempt.json') && entryFileTime(name) >= from;
    if (!planned && !attempt) continue;
    if (file.path.slice(0, slash) !== folder) {
      close();
      folder = file.path.slice(0, slash);
    }
    group.push(file);
    if (attempt) needed = true;
  }
  close();

  // Pass 2: read those files in listing order (id order within a task's folder).
  const summer = new SpendSummer(spend);
  let i = 0;
  for await (const blob of readBlobs(
    options.repoDir,
    wanted.map((f) => f.blob),
  )) {
    const file = wanted[i++];
    if (!file) break;
    if (!blob)
      throw new LedgerError(`blob ${file.blob} for ${file.path} is missing from the repository`, {
        hint: 'The clone is incomplete: fetch the ledger branch again (git fetch).',
      });
    summer.add(parseSpendFields(file.path, blob));
  }
  return spend;
}
