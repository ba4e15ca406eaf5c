import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
} from "./chunk-LVWVGTRY.js";
import "./chunk-BEE4ZA6C.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-EJXF4DHJ.js";
import "./chunk-TKYGTMPP.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-WF7FCXME.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-Q2GSDMCE.js";
import "./chunk-KAAWYYMN.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
};
