import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-S54G6NEE.js";
import "./chunk-2TU23YOJ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
