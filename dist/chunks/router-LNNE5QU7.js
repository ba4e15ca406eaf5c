import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
} from "./chunk-ZZAZEP37.js";
import "./chunk-3AM6T3GY.js";
import "./chunk-OWSLLXUM.js";
export {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
};
