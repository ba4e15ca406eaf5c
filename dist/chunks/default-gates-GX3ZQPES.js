import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-GESUR5QT.js";
import "./chunk-NAM2EKXW.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
