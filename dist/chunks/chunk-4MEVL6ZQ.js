import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  refExists
} from "./chunk-2H5D3K7P.js";
import {
  LedgerError
} from "./chunk-BXJ33WYV.js";

// src/ledger/ledger-ref.ts
function ledgerReadRef(ledger) {
  return ledger.remote ? `refs/remotes/${ledger.remote}/${ledger.branch}` : `refs/heads/${ledger.branch}`;
}
async function resolveLedgerRef(repoDir, ledger, explicit) {
  if (explicit) {
    if (!await refExists(repoDir, explicit))
      throw new LedgerError(`there is no ledger at ${explicit} in ${repoDir}`, {
        hint: "Check the name with `git branch -a`, or fetch it: git fetch origin aios-ledger."
      });
    return explicit;
  }
  const local = `refs/heads/${ledger.branch}`;
  const tracking = `refs/remotes/${ledger.remote ?? "origin"}/${ledger.branch}`;
  const candidates = ledger.remote ? [tracking, local] : [local, tracking];
  for (const ref of candidates) if (await refExists(repoDir, ref)) return ref;
  throw new LedgerError(`there is no ledger branch ${ledger.branch} in ${repoDir} yet`, {
    hint: `Run a task first, or fetch the ledger: git fetch ${ledger.remote ?? "origin"} ${ledger.branch}.`
  });
}

export {
  ledgerReadRef,
  resolveLedgerRef
};
