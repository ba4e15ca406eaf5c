import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-VFETMTXR.js";
import "./chunk-4MCLDKP4.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
