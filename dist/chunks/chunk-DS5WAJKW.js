import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LedgerEntry
} from "./chunk-ZNYMTV5M.js";
import {
  LEDGER_ROOT,
  listTree,
  taskFoldersOf
} from "./chunk-ZVO7ZMJ6.js";
import {
  refExists
} from "./chunk-NPWDYGUW.js";
import {
  readTreeBlobBatches
} from "./chunk-GJUGMOXT.js";
import {
  LedgerError
} from "./chunk-ZFFYD355.js";

// src/ledger/read-ledger.ts
function listTree2(repoDir, ref, folder = LEDGER_ROOT) {
  return listTree(repoDir, ref, folder);
}
async function* readStoredEntryBatches(repoDir, ref, options = {}) {
  if (!await refExists(repoDir, ref)) return;
  yield* readTreeBlobBatches(repoDir, ref, options.folder ?? LEDGER_ROOT);
}
async function* readStoredEntries(repoDir, ref, options = {}) {
  for await (const batch of readStoredEntryBatches(repoDir, ref, options))
    for (const stored of batch) if (stored.path.endsWith(".json")) yield stored;
}
function parseStoredEntry(stored) {
  let json;
  try {
    json = JSON.parse(stored.bytes.toString("utf8"));
  } catch (cause) {
    throw new LedgerError(`${stored.path} is not valid JSON`, { cause });
  }
  const result = LedgerEntry.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new LedgerError(
      `${stored.path} is not a valid ledger entry: ${first ? `${first.path.join(".")}: ${first.message}` : "invalid"}`,
      { hint: "Run `aios ledger verify` to list every problem with the commit that made it." }
    );
  }
  return result.data;
}
function taskFolders(repoDir, ref, task) {
  return taskFoldersOf(repoDir, ref, task);
}
async function* readLedger(repoDir, ref, filter = {}) {
  if (!filter.task) {
    for await (const stored of readStoredEntries(repoDir, ref)) yield parseStoredEntry(stored);
    return;
  }
  if (!await refExists(repoDir, ref)) return;
  for (const folder of await taskFolders(repoDir, ref, filter.task)) {
    for await (const stored of readStoredEntries(repoDir, ref, { folder: `${folder}/` })) {
      const entry = parseStoredEntry(stored);
      if (entry.task === filter.task) yield entry;
    }
  }
}

export {
  listTree2 as listTree,
  readStoredEntryBatches,
  readStoredEntries,
  parseStoredEntry,
  taskFolders,
  readLedger
};
