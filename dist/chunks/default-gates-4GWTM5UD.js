import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-KAWWRIGQ.js";
import "./chunk-X4P766FZ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
