import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-43ZXUMYW.js";
import "./chunk-7B3WK6GO.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
