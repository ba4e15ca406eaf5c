import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitConfigValue,
  gitConfigValues
} from "./chunk-4MFG2O66.js";
import "./chunk-O4HDCP25.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  gitConfigValue,
  gitConfigValues
};
