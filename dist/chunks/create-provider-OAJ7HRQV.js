import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-SVCZFH6I.js";
import "./chunk-FV7BJMXY.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-UHXTJYRY.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  createProvider
};
