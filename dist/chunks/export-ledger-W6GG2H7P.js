import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  exportCsv,
  exportJsonl,
  passes
} from "./chunk-OX3HO6UU.js";
import "./chunk-N3V6VUJM.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-OWSLLXUM.js";
export {
  exportCsv,
  exportJsonl,
  passes
};
