import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-I4Z2RHYI.js";
import "./chunk-CGYF7LUR.js";
import "./chunk-CGTE3MIP.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-PIOZTFE5.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-ZFFYD355.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  createProvider
};
