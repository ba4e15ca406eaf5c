import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-ZHVRDUPP.js";
import "./chunk-AM3V6VYP.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-EGV2AK34.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  createProvider
};
