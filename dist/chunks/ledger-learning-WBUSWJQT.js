import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  learningFrom,
  ledgerCells,
  ledgerLearning
} from "./chunk-H63DPC4B.js";
import "./chunk-OWSLLXUM.js";
export {
  learningFrom,
  ledgerCells,
  ledgerLearning
};
