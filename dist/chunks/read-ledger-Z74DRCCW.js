import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  listTree,
  parseStoredEntry,
  readLedger,
  readStoredEntries,
  readStoredEntryBatches,
  taskFolders
} from "./chunk-Y5GUVX6D.js";
import "./chunk-XSHV5NMP.js";
import "./chunk-PPBBFBXW.js";
import {
  refExists
} from "./chunk-NPWDYGUW.js";
import "./chunk-BM7RQP47.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
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
