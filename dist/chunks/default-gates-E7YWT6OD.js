import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-BBBKYNJP.js";
import "./chunk-OFDNCDJM.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
