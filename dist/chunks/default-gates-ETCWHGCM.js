import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-Z46AZVKI.js";
import "./chunk-ICLTREVX.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
