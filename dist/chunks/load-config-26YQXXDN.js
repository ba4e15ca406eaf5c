import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
} from "./chunk-JBK6AXZN.js";
import "./chunk-7QUKERPI.js";
import "./chunk-EGP66IBB.js";
import "./chunk-MOVWQC26.js";
import "./chunk-N3J6PCJ7.js";
import "./chunk-R7BZR5VP.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-YHUUYJMY.js";
import "./chunk-MUJK2X3D.js";
import "./chunk-PCXO6PLR.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";
export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
};
