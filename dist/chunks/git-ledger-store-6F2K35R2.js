import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-BXSIPMXO.js";
import "./chunk-3ZLXWLV6.js";
import "./chunk-2NB723QM.js";
import "./chunk-Z2EKZKH3.js";
import "./chunk-WUTRR5JX.js";
import "./chunk-YOC55MFE.js";
import "./chunk-F5CFP6WA.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
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
