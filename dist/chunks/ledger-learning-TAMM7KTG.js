import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ledgerLearning
} from "./chunk-DO5JBREO.js";
import "./chunk-OWSLLXUM.js";
export {
  ledgerLearning
};
