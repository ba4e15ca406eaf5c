import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cellsForDecision,
  routeCellSource
} from "./chunk-BQH3PIOQ.js";
import "./chunk-52GPBGA7.js";
import "./chunk-TNG4IYR7.js";
import "./chunk-HVVZZBMI.js";
import "./chunk-WMQI3HWE.js";
import "./chunk-NHTP7BRD.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-3ICBUBTN.js";
import "./chunk-J6PCCIYH.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-SODKASL7.js";
import "./chunk-QIMMB2JB.js";
import "./chunk-E677WRFC.js";
import "./chunk-Z3W2OYEG.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-3AVOLEM7.js";
import "./chunk-RO6KO7NL.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Y4EQR6FT.js";
import "./chunk-O4HDCP25.js";
import "./chunk-UO6V55NV.js";
import "./chunk-53PWU2L4.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-4U7P43SW.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-ZFFYD355.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  cellsForDecision,
  routeCellSource
};
