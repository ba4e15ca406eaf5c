import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-V2XS77AY.js";
import "./chunk-LDUKHUXJ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
