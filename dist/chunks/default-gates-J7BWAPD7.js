import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-KN6VFNJO.js";
import "./chunk-4U7P43SW.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
