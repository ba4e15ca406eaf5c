import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-OLMWM5MA.js";
import "./chunk-UJV43JK7.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
