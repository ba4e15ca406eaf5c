import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-ZTAZZJTN.js";
import "./chunk-E2KQGUEB.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
