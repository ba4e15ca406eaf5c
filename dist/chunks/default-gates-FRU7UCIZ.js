import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-5VME4C44.js";
import "./chunk-4Z4II26A.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
