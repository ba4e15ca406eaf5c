import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-4ORUQGNW.js";
import "./chunk-RICLAXB6.js";
import "./chunk-WPYAAX74.js";
import "./chunk-R7NOLVGD.js";
import "./chunk-EOLU2MBR.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-HU2FXWNG.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-Q7MBGZGH.js";
import "./chunk-A5TW6FIW.js";
import "./chunk-H3N4EFNP.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-O6DN6TXG.js";
import "./chunk-Z345SVSY.js";
import "./chunk-EW5UGL3W.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  GitLedgerStore,
  chainTail
};
