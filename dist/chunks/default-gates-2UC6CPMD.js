import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-7DMTAMRL.js";
import "./chunk-BK2ZYDIT.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
