import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-6PF7VKXL.js";
import "./chunk-DPBWG5BV.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
