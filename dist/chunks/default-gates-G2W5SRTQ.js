import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-C4SM4BUR.js";
import "./chunk-NS2CHO3P.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
