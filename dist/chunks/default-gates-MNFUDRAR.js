import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-WDC4S6K7.js";
import "./chunk-3WD7KD6G.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
