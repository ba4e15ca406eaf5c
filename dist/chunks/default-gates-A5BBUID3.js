import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-RJVRFECG.js";
import "./chunk-LZ6OYTKM.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
