import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-2KTICOOA.js";
import "./chunk-GGQEAT23.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
