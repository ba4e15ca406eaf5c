import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
} from "./chunk-SWZN74OL.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-UGRJ6I7C.js";
import "./chunk-MOVWQC26.js";
import "./chunk-KYZ73INA.js";
import "./chunk-EP24EKF6.js";
import "./chunk-7E7VTGW2.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
};
