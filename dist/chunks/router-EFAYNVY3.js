import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
} from "./chunk-MQUR6G4R.js";
import "./chunk-OWSLLXUM.js";
export {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
};
