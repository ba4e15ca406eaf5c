import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  learningFrom,
  ledgerCells,
  ledgerLearning
} from "./chunk-GRDGC47R.js";
import "./chunk-OWSLLXUM.js";
export {
  learningFrom,
  ledgerCells,
  ledgerLearning
};
