import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-Q65CFPYQ.js";
import "./chunk-GRYSQ3EC.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
