import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-2B2C2WHS.js";
import "./chunk-4MFG2O66.js";
import "./chunk-DMCD3MHT.js";
import "./chunk-2NB723QM.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-ZWUDHE62.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-ZNYMTV5M.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-C375VZDX.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  GitLedgerStore,
  chainTail
};
