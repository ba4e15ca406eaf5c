import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-Y6C4Q3JN.js";
import "./chunk-BX2XSCSL.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
