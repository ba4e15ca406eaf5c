import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  classifyKind,
  route
} from "./chunk-46FTLPFX.js";
import "./chunk-OWSLLXUM.js";
export {
  classifyKind,
  route
};
