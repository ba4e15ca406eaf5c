import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GitLedgerStore,
  chainTail
} from "./chunk-VEYMRJ5W.js";
import "./chunk-SE3YDHSZ.js";
import "./chunk-DZJAG7OA.js";
import "./chunk-WKNUSV6H.js";
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
