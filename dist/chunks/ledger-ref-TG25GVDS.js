import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import "./chunk-WUTRR5JX.js";
import "./chunk-YOC55MFE.js";
import "./chunk-F5CFP6WA.js";
import {
  refExists
} from "./chunk-QM6KZFNS.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import {
  LedgerError
} from "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";

// src/ledger/ledger-ref.ts
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
  resolveLedgerRef
};
