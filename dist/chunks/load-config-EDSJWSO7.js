import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
} from "./chunk-BT4J6H46.js";
import "./chunk-PWYCXGRC.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-ULAWHFOD.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-X4AOXAYN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-OWSLLXUM.js";
export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
};
