import { flushNotes } from '../../ledger/flush-notes.js';
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
  for (const n of flushNotes(flush))
    stream(
      n.level === 'error'
        ? color.red(n.text)
        : n.level === 'warning'
          ? color.yellow(n.text)
          : n.text,
    );
  return flush && flush.pending > 0 ? LEDGER_WAITING_EXIT : undefined;
}
