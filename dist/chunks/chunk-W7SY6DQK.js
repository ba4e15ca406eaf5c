import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerPieces,
  parseStoredEntry,
  readArchiveBatches
} from "./chunk-2Z6RWH2K.js";
import {
  resolveCommit
} from "./chunk-QM6KZFNS.js";

// src/reports/fold-ledger.ts
async function readInto(repoDir, commit, pieces, fold, check) {
  for (const piece of pieces)
    for await (const batch of readArchiveBatches(repoDir, commit, piece))
      for (const file of batch) {
        if (!file.path.endsWith(".json")) continue;
        let json;
        try {
          json = JSON.parse(file.bytes.toString("utf8"));
        } catch {
          json = void 0;
        }
        fold.add(check(json) ?? parseStoredEntry(file));
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
