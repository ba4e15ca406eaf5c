import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  learningFrom,
  ledgerCells,
  ledgerLearning
} from "./chunk-HHW7TUOR.js";
import "./chunk-OWSLLXUM.js";
export {
  learningFrom,
  ledgerCells,
  ledgerLearning
};
