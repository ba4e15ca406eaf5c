import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  listTree,
  parseStoredEntry,
  readLedger,
  readStoredEntries,
  refExists
} from "./chunk-NLVSHNKQ.js";
import "./chunk-LIXGKE7W.js";
import "./chunk-7E7VTGW2.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  listTree,
  parseStoredEntry,
  readLedger,
  readStoredEntries,
  refExists
};
