import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-ZXE4TR5Y.js";
import "./chunk-5ZZTYD2P.js";
import "./chunk-E57OUHFC.js";
import "./chunk-U657X6YM.js";
import "./chunk-3NV5635D.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-CKTALJYW.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
};
