import type { FlushResult } from '../../ledger/ledger-store.js';
import { color, line } from '../output.js';

/**
 * The exit code of a run whose work is done but whose ledger entries could not reach the
 * ledger branch (the push stayed rejected, or the remote was out of reach). The entries wait
 * in the spool and the next run sends them. Documented in the README.
 */
export const LEDGER_WAITING_EXIT = 3;

/**
 * Say what the last ledger flush left behind: entries waiting (and why), damaged spool files
 * set aside, entries recovered from an earlier run. Returns the exit code it calls for, or
 * undefined when everything reached the branch.
 */
export function reportFlush(flush: FlushResult | undefined, stream = line): number | undefined {
  if (!flush) return undefined;
  if (flush.recovered)
    stream(
      `ledger: sent ${flush.recovered} entr${flush.recovered === 1 ? 'y' : 'ies'} an earlier run had left waiting`,
    );
  for (const q of flush.quarantined ?? []) stream(color.yellow(`ledger: ${q.message}`));
  if (flush.pending === 0) return undefined;
  stream(
    color.red(
      `ledger: ${flush.pending} entr${flush.pending === 1 ? 'y is' : 'ies are'} waiting in the spool, not on the ledger branch${flush.waiting ? `: ${flush.waiting}` : ''}. The next run sends them.`,
    ),
  );
  return LEDGER_WAITING_EXIT;
}
