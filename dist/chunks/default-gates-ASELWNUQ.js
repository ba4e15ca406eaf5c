import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-ZGTFHFJG.js";
import "./chunk-KH3SHMZK.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
