import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  EVAL_BARS,
  runEvals,
  summarise
} from "./chunk-EW76N7QO.js";
import "./chunk-XKEOKPO2.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-7YDNKIQB.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-5ZZKTIWS.js";
import "./chunk-LKFK2C7T.js";
import "./chunk-BM7RQP47.js";
import "./chunk-27CZGLQL.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  EVAL_BARS,
  runEvals,
  summarise
};
