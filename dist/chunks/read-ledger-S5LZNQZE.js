import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  entryFromJson,
  fastCheckEntry,
  listTree,
  parseStoredEntry,
  readLedger,
  readLedgerArchived,
  readLedgerArchivedBatches,
  readStoredEntries,
  taskFolders
} from "./chunk-REO52FYB.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-E677WRFC.js";
import "./chunk-QZF5JZNZ.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-5LJTDN4P.js";
import "./chunk-5LGP3G66.js";
import {
  refExists
} from "./chunk-VR6MF45A.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-PZRKAV5C.js";
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
  refExists,
  taskFolders
};
