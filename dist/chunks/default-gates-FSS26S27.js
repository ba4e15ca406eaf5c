import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-JTGQS6LR.js";
import "./chunk-KVBIDZNP.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
