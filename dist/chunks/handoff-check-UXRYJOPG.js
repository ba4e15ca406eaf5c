import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-72UN4CN2.js";
import "./chunk-AATUS2ER.js";
import "./chunk-ZGWBIUFT.js";
import "./chunk-W7Y3ZOSW.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-P7GMN5SX.js";
import "./chunk-FALSVBZZ.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-57I4QQFO.js";
import "./chunk-IIGVO6FW.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
};
