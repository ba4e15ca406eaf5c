import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  entryFromJson,
  ledgerPieces,
  readPieceBatches
} from "./chunk-REO52FYB.js";
import {
  resolveCommit
} from "./chunk-VR6MF45A.js";
import {
  LedgerError
} from "./chunk-BXJ33WYV.js";

// src/reports/fold-ledger.ts
async function readInto(repoDir, commit, pieces, fold, check) {
  for await (const batch of readPieceBatches(repoDir, commit, pieces))
    for (const file of batch) {
      if (!file.path.endsWith(".json")) continue;
      let json;
      try {
        json = JSON.parse(file.bytes.toString("utf8"));
      } catch (cause) {
        throw new LedgerError(`${file.path} is not valid JSON`, { cause });
      }
      fold.add(check(json) ?? entryFromJson(json, file.path));
    }
  return fold;
}
async function foldLedgerFromGit(repoDir, ref, make, check, parallel = 1) {
  const commit = await resolveCommit(repoDir, ref);
  if (!commit) return make();
  const pieces = await ledgerPieces(repoDir, commit);
  const lanes = Math.max(1, Math.min(parallel, pieces.length));
  const parts = Array.from({ length: lanes }, (_, i) => pieces.filter((_p, j) => j % lanes === i));
  const [first, ...rest] = await Promise.all(
    parts.map((part) => readInto(repoDir, commit, part, make(), check))
  );
  if (!first) return make();
  for (const b of rest) first.merge(b);
  return first;
}

export {
  foldLedgerFromGit
};
