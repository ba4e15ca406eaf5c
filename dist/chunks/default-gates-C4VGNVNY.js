import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-LAZKYCTA.js";
import "./chunk-A2MDIQHM.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
