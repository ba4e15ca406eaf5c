import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-6N2W6FDY.js";
import "./chunk-GNXR6FQR.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
