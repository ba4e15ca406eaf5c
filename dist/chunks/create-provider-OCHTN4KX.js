import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-ZMROKJ2H.js";
import "./chunk-6BVLDT4U.js";
import "./chunk-ZQOV6G32.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-27CZGLQL.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  createProvider
};
