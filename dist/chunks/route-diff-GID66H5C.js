import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
} from "./chunk-WCUJESQG.js";
import "./chunk-DRRGBGMK.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-S3TPYWTP.js";
import "./chunk-OBNWYT4E.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-PZ4PRSH6.js";
import "./chunk-2RT4GGU3.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
};
