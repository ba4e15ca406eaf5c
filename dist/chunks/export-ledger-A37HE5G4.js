import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  exportCsv,
  exportJsonl,
  passes
} from "./chunk-OK467VTM.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-GSU464SV.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-OWSLLXUM.js";
export {
  exportCsv,
  exportJsonl,
  passes
};
