import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-X44Y26SE.js";
import "./chunk-WHW4EYLT.js";
import "./chunk-A3MNKKGP.js";
import "./chunk-DO3MUV3N.js";
import "./chunk-U657X6YM.js";
import "./chunk-YOLVJSMU.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-2TU23YOJ.js";
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
