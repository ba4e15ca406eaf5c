import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-CAIS7TGS.js";
import "./chunk-53S3R4FM.js";
import "./chunk-PKU5SCGY.js";
import "./chunk-4TV5KYI4.js";
import "./chunk-Q52AHP7M.js";
import "./chunk-DS5WAJKW.js";
import "./chunk-ZNYMTV5M.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-ZVO7ZMJ6.js";
import "./chunk-NPWDYGUW.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-MOVWQC26.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  GitLedgerStore,
  chainTail
};
