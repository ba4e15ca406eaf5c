import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-LPO2V6BJ.js";
import "./chunk-X56SRAB6.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
