import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-6TIZHYLF.js";
import "./chunk-CIPOOPIS.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
