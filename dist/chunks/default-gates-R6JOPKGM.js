import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-DTNTU4QJ.js";
import "./chunk-T5SO2YOG.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
