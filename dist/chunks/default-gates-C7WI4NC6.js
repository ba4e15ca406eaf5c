import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-QDFWMFST.js";
import "./chunk-ZAYFHAR5.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
