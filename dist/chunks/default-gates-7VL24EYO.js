import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-WYQRJUHK.js";
import "./chunk-XAV4VB6H.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
