import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-7WUCYB3G.js";
import "./chunk-W4O46XAD.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
