import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-6MOG2RNL.js";
import "./chunk-BSJRTCOS.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
