import type { FlushResult } from './ledger-store.js';

/** One thing a flush left to say, and how loudly. */
export interface FlushNote {
  readonly level: 'info' | 'warning' | 'error';
  readonly text: string;
}

/**
 * What the flushes of a run have to report, for every entrypoint alike (`aios run`, `answer`,
 * `signoff`, `outcome`, `revert`, the GitHub jobs): entries recovered from an earlier run that
 * crashed, damaged spool files set aside (quarantined), entries committed naming a prompt object
 * nothing held, entries still waiting. Recovered and
 * quarantined cover every flush of the store in this process (see GitLedgerStore.lastFlush).
 */
export function flushNotes(flush: FlushResult | undefined): FlushNote[] {
  if (!flush) return [];
  const out: FlushNote[] = [];
  if (flush.recovered)
    out.push({
      level: 'info',
      text: `ledger: sent ${flush.recovered} entr${flush.recovered === 1 ? 'y' : 'ies'} an earlier run had left waiting`,
    });
  for (const q of flush.quarantined ?? [])
    out.push({ level: 'warning', text: `ledger: ${q.message}` });
  for (const m of flush.missingObjects ?? [])
    out.push({
      level: 'warning',
      text: `ledger: ${m.path} was committed naming prompt object ${m.id} (${m.field}), which neither the spool, the ledger branch nor this repository holds: that prompt cannot be rebuilt, and \`aios ledger verify\` will name it`,
    });
  if (flush.pending > 0)
    out.push({
      level: 'error',
      text: `ledger: ${flush.pending} entr${flush.pending === 1 ? 'y is' : 'ies are'} waiting in the spool, not on the ledger branch${flush.waiting ? `: ${flush.waiting}` : ''}. The next run sends them.`,
    });
  return out;
}
