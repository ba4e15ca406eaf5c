import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-4GUM6JSA.js";
import "./chunk-57I4QQFO.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
