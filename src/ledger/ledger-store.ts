import type { LedgerDraft, LedgerEntry } from '../core/ledger-entry.js';
import type { PromptObject } from './prompt-objects.js';

export interface FlushResult {
  /** Entries that reached the ledger branch in this flush. */
  readonly committed: number;
  /** Entries still waiting (kept on disk; the next run pushes them). */
  readonly pending: number;
  readonly commit: string | undefined;
  readonly pushed: boolean;
  /** Why entries are still waiting (the push stayed rejected, the remote was out of reach). */
  readonly waiting?: string | undefined;
  /** Spool files that were not whole entries: moved aside with a named error, never sent. */
  readonly quarantined?: readonly Error[] | undefined;
  /** Entries sent in this flush that an earlier run had left in the spool. */
  readonly recovered?: number | undefined;
  /**
   * Prompt objects that committed entries name but that neither the spool, the branch nor the
   * repository's object database held: the entries were committed (their calls and costs are
   * the record), but those prompts cannot be rebuilt and `aios ledger verify` names them.
   */
  readonly missingObjects?:
    readonly { readonly path: string; readonly field: string; readonly id: string }[] | undefined;
}

/**
 * The ledger port. `append` records an entry durably at once (it survives a crash);
 * `flush` moves recorded entries onto the ledger branch (and its remote). Entries are never
 * edited or removed once appended.
 */
export interface LedgerStore {
  append(draft: LedgerDraft): Promise<LedgerEntry>;
  flush(): Promise<FlushResult>;
  /** Every entry on the ledger branch (optionally one task's), in id order. */
  entries(filter?: { task?: string | undefined }): AsyncIterable<LedgerEntry>;
  /**
   * The sha256 of the task's last entry (spooled or on the branch), undefined for a task with
   * none. The task commit carries it as its `AIOS-Ledger-Head` trailer, so the work names the
   * exact ledger history it was delivered on (see ledger/verify-deliveries.ts).
   */
  head?(task: string): Promise<string | undefined>;
  /**
   * Keep texts a prompt was built from as git objects on the ledger branch (`prompts/`,
   * ledger/prompt-objects.ts), durably at once like an entry; they are committed with the
   * next flush. Absent on stores that cannot hold objects: then no entry names any.
   */
  keep?(objects: readonly PromptObject[]): Promise<void>;
}

export { entryPath, taskFolder } from './ledger-layout.js';
