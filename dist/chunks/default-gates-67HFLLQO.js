import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-D7J6BPZT.js";
import "./chunk-GVW5S7LF.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
