import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-EWL33ADX.js";
import "./chunk-3EPRIBPT.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
