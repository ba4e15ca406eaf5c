import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  entryFromJson,
  ledgerPieces,
  readPieceBatches
} from "./chunk-V6MCMROT.js";
import {
  parseJsonBytes
} from "./chunk-TFQTN5LH.js";
import {
  resolveCommit
} from "./chunk-KSG5PWZK.js";
import {
  LedgerError
} from "./chunk-BXJ33WYV.js";

// src/reports/fold-ledger.ts
async function foldLedgerFromGit(repoDir, ref, make, check, tip) {
  const fold = make();
  const commit = tip ?? await resolveCommit(repoDir, ref);
  if (!commit) return fold;
  const pieces = await ledgerPieces(repoDir, commit);
  for await (const batch of readPieceBatches(repoDir, commit, pieces))
    for (const file of batch) {
      if (!file.path.endsWith(".json")) continue;
      let json;
      try {
        json = parseJsonBytes(file.bytes);
      } catch (cause) {
        throw new LedgerError(`${file.path} is not valid JSON: ${cause.message}`, {
          cause,
          hint: "Run `aios ledger verify` to list every problem with the commit that made it."
        });
      }
      fold.add(check(json) ?? entryFromJson(json, file.path));
    }
  return fold;
}

export {
  foldLedgerFromGit
};
