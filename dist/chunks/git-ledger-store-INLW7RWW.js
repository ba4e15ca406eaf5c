import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-K4IERG6Y.js";
import "./chunk-M4N5YL2D.js";
import "./chunk-6GJEAYOF.js";
import "./chunk-VNXLDJ3B.js";
import "./chunk-7RWR6GNL.js";
import "./chunk-S5XEAJNV.js";
import "./chunk-JCU4MTDU.js";
import "./chunk-BM7RQP47.js";
import "./chunk-GEAMK3OW.js";
import "./chunk-NBMJ4FYU.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  GitLedgerStore,
  chainTail
};
