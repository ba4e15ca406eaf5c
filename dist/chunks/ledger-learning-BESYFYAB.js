import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  learningFrom,
  ledgerCells,
  ledgerLearning
} from "./chunk-CQ4OZTVC.js";
import "./chunk-OWSLLXUM.js";
export {
  learningFrom,
  ledgerCells,
  ledgerLearning
};
