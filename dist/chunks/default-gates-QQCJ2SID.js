import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-ZQWFSO5C.js";
import "./chunk-ZNQ55RTW.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
