import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
} from "./chunk-JE5REG3S.js";
import "./chunk-FUXN3YVC.js";
import "./chunk-MOVWQC26.js";
import "./chunk-KYZ73INA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
};
