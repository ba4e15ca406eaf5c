import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-3QV7AC6S.js";
import "./chunk-4XRPMSNF.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
