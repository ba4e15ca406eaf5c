import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  resolveCommits
} from "./chunk-OMXXCWD7.js";
import {
  LedgerError
} from "./chunk-BXJ33WYV.js";

// src/ledger/ledger-ref.ts
function ledgerReadRef(ledger) {
  return ledger.remote ? `refs/remotes/${ledger.remote}/${ledger.branch}` : `refs/heads/${ledger.branch}`;
}
async function resolveLedgerTip(repoDir, ledger, explicit) {
  if (explicit) {
    const [commit] = await resolveCommits(repoDir, [explicit]);
    if (!commit)
      throw new LedgerError(`there is no ledger at ${explicit} in ${repoDir}`, {
        hint: "Check the name with `git branch -a`, or fetch it: git fetch origin aios-ledger."
      });
    return { ref: explicit, commit };
  }
  const local = `refs/heads/${ledger.branch}`;
  const tracking = `refs/remotes/${ledger.remote ?? "origin"}/${ledger.branch}`;
  const candidates = ledger.remote ? [tracking, local] : [local, tracking];
  const commits = await resolveCommits(repoDir, candidates);
  for (const [i, ref] of candidates.entries()) {
    const commit = commits[i];
    if (commit) return { ref, commit };
  }
  throw new LedgerError(`there is no ledger branch ${ledger.branch} in ${repoDir} yet`, {
    hint: `Run a task first, or fetch the ledger: git fetch ${ledger.remote ?? "origin"} ${ledger.branch}.`
  });
}
async function resolveLedgerRef(repoDir, ledger, explicit) {
  return (await resolveLedgerTip(repoDir, ledger, explicit)).ref;
}

export {
  ledgerReadRef,
  resolveLedgerTip,
  resolveLedgerRef
};
