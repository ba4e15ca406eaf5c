import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-E7PLCZ2M.js";
import "./chunk-FXV6TEX6.js";
import "./chunk-QP5BINHX.js";
import "./chunk-UI3OQL6H.js";
import "./chunk-JOUF4TAF.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-PCRYUOYK.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-DHSQDXTL.js";
import "./chunk-4KNY6YQO.js";
import "./chunk-NPCGLCIH.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-3QOPF7SE.js";
import "./chunk-K4EBBNZ7.js";
import "./chunk-DQQD3WUF.js";
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
