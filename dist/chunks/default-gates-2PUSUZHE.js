import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-3KKPHNNG.js";
import "./chunk-LIR6EDVR.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
