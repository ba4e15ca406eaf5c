import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-XF6ZXXVX.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-GYW435GO.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createProvider
};
