import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cellsForDecision,
  routeCellSource
} from "./chunk-23KMZTOT.js";
import "./chunk-P37YMYK7.js";
import "./chunk-OXLFTZUD.js";
import "./chunk-WF2K76ZX.js";
import "./chunk-KCDWL3UY.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-TNG4IYR7.js";
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
import "./chunk-WMQI3HWE.js";
import "./chunk-N5R6LZEM.js";
import "./chunk-3ICBUBTN.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  cellsForDecision,
  routeCellSource
};
