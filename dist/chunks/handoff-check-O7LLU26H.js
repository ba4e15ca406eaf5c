import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-V4Q6QST5.js";
import "./chunk-L3E36SOT.js";
import "./chunk-Q54EWBUB.js";
import "./chunk-DO3MUV3N.js";
import "./chunk-U657X6YM.js";
import "./chunk-DBCZCIC3.js";
import "./chunk-RKWT4VGQ.js";
import "./chunk-YOLVJSMU.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
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
