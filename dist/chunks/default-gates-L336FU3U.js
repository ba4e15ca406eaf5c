import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-SI2RKRQ6.js";
import "./chunk-3AM6T3GY.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
