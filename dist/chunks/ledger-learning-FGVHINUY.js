import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  learningFrom,
  ledgerCells,
  ledgerLearning
} from "./chunk-N7UTIS5H.js";
import "./chunk-OWSLLXUM.js";
export {
  learningFrom,
  ledgerCells,
  ledgerLearning
};
