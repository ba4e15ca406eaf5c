import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-FZPDIMBF.js";
import "./chunk-5CDCWZTP.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
