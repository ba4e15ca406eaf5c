import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-BCREPOCY.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-KYZ73INA.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createProvider
};
