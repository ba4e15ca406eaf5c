import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-6KSQOERM.js";
import "./chunk-RLRACC6O.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
