import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitConfigValue,
  gitConfigValues
} from "./chunk-DTIFYDIB.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  gitConfigValue,
  gitConfigValues
};
