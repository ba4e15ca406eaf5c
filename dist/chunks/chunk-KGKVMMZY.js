import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  entryFromJson,
  ledgerPieces,
  parseStoredJson,
  readPieceBatches
} from "./chunk-A5JTEFZF.js";
import {
  resolveCommit
} from "./chunk-OMXXCWD7.js";

// src/reports/fold-ledger.ts
async function foldLedgerFromGit(repoDir, ref, make, check, tip) {
  const fold = make();
  const commit = tip ?? await resolveCommit(repoDir, ref);
  if (!commit) return fold;
  const pieces = await ledgerPieces(repoDir, commit);
  for await (const batch of readPieceBatches(repoDir, commit, pieces))
    for (const file of batch) {
      if (!file.path.endsWith(".json")) continue;
      const json = parseStoredJson(file.path, file.bytes);
      fold.add(check(json) ?? entryFromJson(json, file.path));
    }
  return fold;
}

export {
  foldLedgerFromGit
};
