import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-AS63FHV3.js";
import "./chunk-BCUH6QNP.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  createProvider
};
