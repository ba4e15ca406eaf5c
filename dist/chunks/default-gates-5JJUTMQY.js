import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-LCRRUQVR.js";
import "./chunk-5XUGNIVL.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
