/**
 * What a `signoff` entry says about the task, read the one way every reader shares (receipts,
 * reports, ledger commit lines, the CLI): since per-risk approver counts (issue 15) a counting
 * approval is one of the approvals a task needs, and the entry's own `signedOff` says whether,
 * with it, the task has them all. Entries from before the count carry no `signedOff`: then one
 * counting approval signed the task off, as it did when they were written.
 */

/** The fields of a sign-off entry's data these readers need. */
export interface SignoffFacts {
  readonly approved: boolean;
  readonly counts: boolean;
  readonly signedOff?: boolean | undefined;
  readonly approvals?: { readonly have: number; readonly need: number } | undefined;
}

/** True when, with this review, the task is signed off. */
export function signsOff(d: SignoffFacts): boolean {
  return d.signedOff ?? (d.approved && d.counts);
}

/** "1 of 2 approvals", when the entry records the count. */
export function approvalTally(d: SignoffFacts): string | undefined {
  return d.approvals
    ? `${d.approvals.have} of ${d.approvals.need} approval${d.approvals.need === 1 ? '' : 's'}`
    : undefined;
}

/** A counting approval that does not (yet) sign the task off: more approvers are needed. */
export function awaitsApprovals(d: SignoffFacts): boolean {
  return d.approved && d.counts && !signsOff(d);
}

/** What the review did, in a few words: `signed off`, `approved: 1 of 2 approvals, not yet signed off`… */
export function signoffWords(d: SignoffFacts): string {
  const tally = approvalTally(d);
  if (signsOff(d)) return `signed off${tally ? ` (${tally})` : ''}`;
  if (awaitsApprovals(d)) return `approved${tally ? ` (${tally})` : ''}, not yet signed off`;
  return d.approved ? 'approved (not counted as a sign-off)' : 'reviewed (changes requested)';
}
