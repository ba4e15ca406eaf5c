import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-G7DUVPQ5.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
