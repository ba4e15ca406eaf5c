import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
} from "./chunk-XS4V7L76.js";
import "./chunk-R6WOP76V.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-RP4X2TDN.js";
import "./chunk-KV3JNNM3.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-WF7FCXME.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-7D2IJALN.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
};
