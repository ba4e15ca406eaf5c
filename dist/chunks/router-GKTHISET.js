import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
} from "./chunk-QSC22QXC.js";
import "./chunk-HWNULIWO.js";
export {
  classifyKind,
  costsMoreThan,
  fallbackModels,
  route
};
