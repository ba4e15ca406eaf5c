import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  exportCsv,
  exportJsonl,
  passes
} from "./chunk-UH7S5CZK.js";
import "./chunk-AHAPMZ2P.js";
import "./chunk-EP24EKF6.js";
import "./chunk-HWNULIWO.js";
export {
  exportCsv,
  exportJsonl,
  passes
};
