import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/ledger/signoff-state.ts
function signsOff(d) {
  return d.signedOff ?? (d.approved && d.counts);
}
function approvalTally(d) {
  return d.approvals ? `${d.approvals.have} of ${d.approvals.need} approval${d.approvals.need === 1 ? "" : "s"}` : void 0;
}
function awaitsApprovals(d) {
  return d.approved && d.counts && !signsOff(d);
}
function signoffWords(d) {
  const tally = approvalTally(d);
  if (signsOff(d)) return `signed off${tally ? ` (${tally})` : ""}`;
  if (awaitsApprovals(d)) return `approved${tally ? ` (${tally})` : ""}, not yet signed off`;
  return d.approved ? "approved (not counted as a sign-off)" : "reviewed (changes requested)";
}

export {
  signsOff,
  approvalTally,
  signoffWords
};
