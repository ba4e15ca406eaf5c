import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-E5UCDGW6.js";
import "./chunk-LENY3TYR.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
