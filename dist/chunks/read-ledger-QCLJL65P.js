import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  listTree,
  parseStoredEntry,
  readLedger,
  readStoredEntries,
  readStoredEntryBatches,
  refExists,
  taskFolders
} from "./chunk-2YRUZUHQ.js";
import "./chunk-OFFKEMHX.js";
import "./chunk-BM7RQP47.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-H3BZYI6F.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  listTree,
  parseStoredEntry,
  readLedger,
  readStoredEntries,
  readStoredEntryBatches,
  refExists,
  taskFolders
};
