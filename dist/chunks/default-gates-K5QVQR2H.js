import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-SFU6TQCL.js";
import "./chunk-PZ4PRSH6.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
