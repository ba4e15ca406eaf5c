import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-KQ7XBKTH.js";
import "./chunk-IN3NBFWU.js";
import "./chunk-LURDXFKU.js";
import "./chunk-DO3MUV3N.js";
import "./chunk-U657X6YM.js";
import "./chunk-PKU5SCGY.js";
import "./chunk-Q52AHP7M.js";
import "./chunk-YOLVJSMU.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-2TU23YOJ.js";
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
