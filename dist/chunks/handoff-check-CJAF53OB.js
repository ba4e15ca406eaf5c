import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
} from "./chunk-ITZYJ6ZU.js";
import "./chunk-2E7R5VQT.js";
import "./chunk-CDYDBY4B.js";
import "./chunk-U657X6YM.js";
import "./chunk-COXPRMRU.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-ZNQ55RTW.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  HopRecord,
  Hops,
  checkReportedHandoffs,
  hopsOf,
  verifyHandoffs
};
