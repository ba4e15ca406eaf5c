import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-DMRGJMS4.js";
import "./chunk-IZVRWXVI.js";
import "./chunk-4TV5KYI4.js";
import "./chunk-CZK5BMNW.js";
import "./chunk-LKWU3A6B.js";
import "./chunk-YOC55MFE.js";
import "./chunk-ORWIF7DZ.js";
import "./chunk-NPWDYGUW.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  GitLedgerStore,
  chainTail
};
