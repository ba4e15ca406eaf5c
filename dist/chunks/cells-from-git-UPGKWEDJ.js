import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cellsFromGit
} from "./chunk-6JPFSNLZ.js";
import "./chunk-GHSGVENA.js";
import "./chunk-WF7FCXME.js";
import "./chunk-IE2R4YB5.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-4SOEMDSL.js";
import "./chunk-5WYLDVLL.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-MZK2NC4T.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-KMJBABJV.js";
import "./chunk-KGLSI77T.js";
import "./chunk-UDPMS6ER.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OGBVLUKE.js";
import "./chunk-2THWWSTJ.js";
import "./chunk-3CK64I6P.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  cellsFromGit
};
