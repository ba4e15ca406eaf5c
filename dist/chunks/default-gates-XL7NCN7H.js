import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-2LF5FORR.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
