import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-VQ3KSRA7.js";
import "./chunk-4CMXBNOV.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
