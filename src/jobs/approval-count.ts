import type { AiosConfig } from '../config/config-schema.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import type { Risk } from '../core/work.js';

/** Approvals a task of this risk needs before it is signed off: the level's count, at least one. */
export function approversNeeded(config: Pick<AiosConfig, 'risk'>, risk: Risk): number {
  return Math.max(1, config.risk.levels[risk].approvers);
}

/**
 * Distinct allowed approvers whose latest review of the delivered commit approves it, counting
 * the review being recorded now. A person's later review replaces their earlier one (as on
 * GitHub: approving, then asking for changes, withdraws the approval); reviews of other
 * commits, and approvals that did not count, are not approvals of this delivery.
 */
export function approvalsOf(
  history: readonly LedgerEntry[],
  commit: string,
  current: {
    readonly login: string;
    readonly state: string;
    readonly counts: boolean;
    readonly need: number;
  },
): { have: number; need: number } {
  const latest = new Map<string, boolean>();
  for (const e of history) {
    if (e.event !== 'signoff' || e.data.commit !== commit) continue;
    // A comment leaves a person's approval standing, as GitHub's review state does.
    if (e.data.state?.toLowerCase() === 'commented') continue;
    latest.set(e.data.login.toLowerCase(), e.data.approved && e.data.counts);
  }
  if (current.state.toLowerCase() !== 'commented')
    latest.set(current.login.toLowerCase(), current.counts);
  let have = 0;
  for (const ok of latest.values()) if (ok) have++;
  return { have, need: current.need };
}
