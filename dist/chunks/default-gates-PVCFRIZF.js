import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-PEK6OOZJ.js";
import "./chunk-WJKCMYSZ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
