/**
 * A run that stops with an error before the pipeline could record how the task ended (a model
 * whose key is missing, a provider that cannot start) must not leave the task open in the
 * ledger: receipts would say "in progress" for work that ended. This closes it with `failed`,
 * naming the error, when its last entry is not already an ending.
 */
import { describeError, ModelError } from '../core/errors.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import type { LedgerStore } from './ledger-store.js';

const ENDINGS = new Set(['delivered', 'failed', 'asked', 'declined', 'signoff', 'outcome']);

/** Close `task` with `failed` if its last entry is not an ending; returns the entry, if any. */
export async function closeUnfinished(
  ledger: LedgerStore,
  task: string,
  error: unknown,
): Promise<LedgerEntry | undefined> {
  await ledger.flush(); // entries wait in the spool until then; read what the run wrote
  let last: LedgerEntry | undefined;
  let planned: Extract<LedgerEntry, { event: 'planned' }> | undefined;
  let calls = 0;
  for await (const e of ledger.entries({ task })) {
    if (!last || e.id > last.id) last = e;
    if (e.event === 'planned' && (!planned || e.id > planned.id)) planned = e;
  }
  if (!last || !planned || ENDINGS.has(last.event)) return undefined;
  for await (const e of ledger.entries({ task }))
    if (e.event === 'attempt' && e.id > planned.id) calls++;
  return ledger.append({
    task,
    work: planned.work,
    rule: planned.rule,
    event: 'failed',
    actor: { type: 'system', component: 'runner' },
    data: {
      stage: calls > 0 ? 'work' : 'plan',
      reason: describeError(error).split('\n')[0] ?? 'the run stopped',
      ...(error instanceof ModelError ? { errorClass: error.errorClass } : {}),
    },
  });
}
