import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
} from "./chunk-YIIH4IL2.js";
import "./chunk-7KYRHF44.js";
import "./chunk-OWSLLXUM.js";
export {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
};
