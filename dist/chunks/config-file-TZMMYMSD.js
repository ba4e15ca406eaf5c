import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig
} from "./chunk-XQPV75ZH.js";
import "./chunk-7D2IJALN.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-OWSLLXUM.js";
export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig
};
