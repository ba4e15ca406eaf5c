import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitConfigValue,
  gitConfigValues
} from "./chunk-FXV6TEX6.js";
import "./chunk-DQQD3WUF.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  gitConfigValue,
  gitConfigValues
};
