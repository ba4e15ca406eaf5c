import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
} from "./chunk-47OWUINJ.js";
import "./chunk-OWSLLXUM.js";
export {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
};
