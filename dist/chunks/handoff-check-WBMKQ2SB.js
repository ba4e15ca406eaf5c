import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-UK4SH4PB.js";
import "./chunk-M6N2VJFA.js";
import "./chunk-5X6HEIHC.js";
import "./chunk-ZP6QJIDH.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-YE4MP2LP.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-57I4QQFO.js";
import "./chunk-DMGXJELI.js";
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
