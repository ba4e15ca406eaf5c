import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cellsForDecision,
  routeCellSource
} from "./chunk-DKTRMNLQ.js";
import "./chunk-AOS5FVIM.js";
import "./chunk-732IHGGK.js";
import "./chunk-WF7FCXME.js";
import "./chunk-SJORDMN3.js";
import "./chunk-DW3TUGME.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-DVVOGQEH.js";
import "./chunk-LBO5STXY.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  cellsForDecision,
  routeCellSource
};
