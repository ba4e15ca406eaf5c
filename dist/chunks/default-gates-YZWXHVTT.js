import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-5SPFARNJ.js";
import "./chunk-MBCCXOBA.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
