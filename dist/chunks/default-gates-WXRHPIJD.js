import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-KYWGOEML.js";
import "./chunk-CGPEHZP6.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
