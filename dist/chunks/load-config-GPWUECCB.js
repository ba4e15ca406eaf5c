import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-GRLUXCH7.js";
import "./chunk-HKALP4ZQ.js";
import "./chunk-YHHCYZ5C.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig
} from "./chunk-X23TVJXG.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-RGC5O762.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-5EJOVQ7F.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  REPO_CONFIG_PATH,
  defaultConfigPath,
  loadConfig,
  parseConfig
};
