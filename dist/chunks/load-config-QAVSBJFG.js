import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
} from "./chunk-VTACSIEY.js";
import "./chunk-KTZNEFQO.js";
import "./chunk-GYW435GO.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-UG3XGS3C.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-CEIGGUA3.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-OWSLLXUM.js";
export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
};
