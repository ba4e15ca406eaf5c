import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerLearning
} from "./chunk-4CZ2WSW4.js";
import "./chunk-OWSLLXUM.js";
export {
  ledgerLearning
};
