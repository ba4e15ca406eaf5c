import type { Clock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import {
  LEDGER_SCHEMA,
  LedgerEntry,
  serializeEntry,
  type LedgerDraft,
} from '../../src/core/ledger-entry.js';
import type { FlushResult, LedgerStore } from '../../src/ledger/ledger-store.js';

/**
 * The ledger branch of the in-memory store: what has been flushed, shared by every store
 * opened on it (as every GitLedgerStore on one repository shares its branch).
 */
export class MemoryLedger {
  /** Flushed entries with their stored bytes, in flush order. */
  readonly committed: { entry: LedgerEntry; text: string }[] = [];
  private flushes = 0;

  /** A store over this ledger, with its own spool (entries appended but not yet flushed). */
  store(clock: Clock): MemoryLedgerStore {
    return new MemoryLedgerStore(this, clock);
  }

  /** @internal the store's flush. */
  commit(batch: { entry: LedgerEntry; text: string }[]): string {
    this.committed.push(...batch);
    this.flushes += 1;
    return sha256(`${this.flushes}:${batch.map((b) => b.text).join('')}`).slice(0, 40);
  }
}

/**
 * The LedgerStore port in memory, for unit tests of the pipeline and the jobs. Keeps the
 * contract the git store keeps (test/ledger/ledger-store.contract.test.ts runs both): entries
 * are validated by the schema when appended, chained per task by the sha256 of the previous
 * entry's stored bytes, invisible to `entries` until flushed, and never edited.
 */
export class MemoryLedgerStore implements LedgerStore {
  /** Appended, not yet flushed: the spool. */
  readonly spooled: { entry: LedgerEntry; text: string }[] = [];

  constructor(
    readonly ledger: MemoryLedger,
    private readonly clock: Clock,
  ) {}

  /** A store over a new, empty ledger. */
  static create(clock: Clock): MemoryLedgerStore {
    return new MemoryLedger().store(clock);
  }

  /** Every entry this store appended or can see, spooled ones included, in id order. */
  all(): LedgerEntry[] {
    return [...this.ledger.committed, ...this.spooled]
      .map((s) => s.entry)
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  async append(draft: LedgerDraft): Promise<LedgerEntry> {
    const previous = [...this.ledger.committed, ...this.spooled]
      .filter((s) => s.entry.task === draft.task)
      .at(-1);
    const entry = LedgerEntry.parse({
      ...draft,
      schema: LEDGER_SCHEMA,
      id: this.clock.newId(),
      at: draft.at ?? this.clock.now().toISOString(),
      prev: previous ? sha256(previous.text) : null,
    });
    this.spooled.push({ entry, text: serializeEntry(entry) });
    return entry;
  }

  async head(task: string): Promise<string | undefined> {
    const last = [...this.ledger.committed, ...this.spooled]
      .filter((s) => s.entry.task === task)
      .at(-1);
    return last ? sha256(last.text) : undefined;
  }

  async flush(): Promise<FlushResult> {
    const batch = this.spooled.splice(0);
    if (batch.length === 0) return { committed: 0, pending: 0, commit: undefined, pushed: false };
    return {
      committed: batch.length,
      pending: 0,
      commit: this.ledger.commit(batch),
      pushed: false,
    };
  }

  async *entries(filter: { task?: string | undefined } = {}): AsyncIterable<LedgerEntry> {
    const found = this.ledger.committed
      .map((s) => s.entry)
      .filter((e) => filter.task === undefined || e.task === filter.task)
      .sort((a, b) => a.id.localeCompare(b.id));
    yield* found;
  }
}
