import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-URQS33HB.js";
import "./chunk-CANPGZW3.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
