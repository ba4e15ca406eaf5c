import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cellsForDecision,
  routeCellSource
} from "./chunk-CWORV32D.js";
import "./chunk-PKDNAZD5.js";
import "./chunk-5QGTTSG7.js";
import "./chunk-U2POEHOG.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-E677WRFC.js";
import "./chunk-WTAIONVT.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-3AVOLEM7.js";
import "./chunk-TQHE5GL4.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-ZFFYD355.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  cellsForDecision,
  routeCellSource
};
