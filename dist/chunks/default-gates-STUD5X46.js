import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-DKVTAH2G.js";
import "./chunk-GTIU4L22.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
