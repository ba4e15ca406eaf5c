import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-LBQWJYRF.js";
import "./chunk-YBKR6KK4.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
