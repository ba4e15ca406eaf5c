import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-4255TCTV.js";
import "./chunk-BEFLGXHK.js";
import "./chunk-VKOVEILA.js";
import "./chunk-JE4RV7JW.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-OJILAHD3.js";
import "./chunk-UW2DH2ML.js";
import "./chunk-RO6KO7NL.js";
import "./chunk-Z7OINK5E.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-O4HDCP25.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-BTHPKTGU.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
};
