import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitConfigValue,
  gitConfigValues
} from "./chunk-WAD5MR4F.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  gitConfigValue,
  gitConfigValues
};
