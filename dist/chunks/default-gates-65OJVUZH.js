import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-7DWSY5N5.js";
import "./chunk-XNJAECUQ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
