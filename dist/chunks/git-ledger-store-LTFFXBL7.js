import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-H3EAPR7I.js";
import "./chunk-HQJD6QAY.js";
import "./chunk-Y5GUVX6D.js";
import "./chunk-XSHV5NMP.js";
import "./chunk-PPBBFBXW.js";
import "./chunk-NPWDYGUW.js";
import "./chunk-BM7RQP47.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  GitLedgerStore,
  chainTail
};
