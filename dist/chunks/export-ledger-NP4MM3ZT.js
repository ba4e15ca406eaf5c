import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  exportCsv,
  exportJsonl,
  passes
} from "./chunk-CDMIRQYK.js";
import "./chunk-AHAPMZ2P.js";
import "./chunk-EP24EKF6.js";
import "./chunk-OWSLLXUM.js";
export {
  exportCsv,
  exportJsonl,
  passes
};
