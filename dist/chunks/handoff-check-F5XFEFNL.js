import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-IY27P3FQ.js";
import "./chunk-R2SPW4LQ.js";
import "./chunk-NY2ZYJYR.js";
import "./chunk-BW3JQCFF.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-OJILAHD3.js";
import "./chunk-PKU5SCGY.js";
import "./chunk-Q52AHP7M.js";
import "./chunk-Z7OINK5E.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-F7U6GFT7.js";
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
