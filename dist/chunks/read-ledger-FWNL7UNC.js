import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  entryFromJson,
  fastCheckEntry,
  listTree,
  parseStoredEntry,
  readLedger,
  readLedgerArchived,
  readLedgerArchivedBatches,
  readStoredEntries
} from "./chunk-4O2X23J5.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-TYN56QPD.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-SE67OJIZ.js";
import "./chunk-5LGP3G66.js";
import {
  refExists
} from "./chunk-Y3KUR4PS.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-FGAHVODS.js";
import "./chunk-7P4FDIYE.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  entryFromJson,
  fastCheckEntry,
  listTree,
  parseStoredEntry,
  readLedger,
  readLedgerArchived,
  readLedgerArchivedBatches,
  readStoredEntries,
  refExists
};
