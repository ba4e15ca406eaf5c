import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  listTree,
  parseStoredEntry,
  readLedger,
  readStoredEntries,
  readStoredEntryBatches,
  taskFolders
} from "./chunk-VNXLDJ3B.js";
import "./chunk-7RWR6GNL.js";
import "./chunk-S5XEAJNV.js";
import {
  refExists
} from "./chunk-JCU4MTDU.js";
import "./chunk-BM7RQP47.js";
import "./chunk-GEAMK3OW.js";
import "./chunk-NBMJ4FYU.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
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
