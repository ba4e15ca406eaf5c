import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-EFV4PE26.js";
import "./chunk-CKTALJYW.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
