import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-3YD5VOYG.js";
import "./chunk-SXT226G5.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
