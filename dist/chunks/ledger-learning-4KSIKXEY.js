import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerLearning
} from "./chunk-TPIP5VGA.js";
import "./chunk-OWSLLXUM.js";
export {
  ledgerLearning
};
