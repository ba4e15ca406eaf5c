import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-7BNJGVUA.js";
import "./chunk-7M6LVVHQ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
