import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
} from "./chunk-5WCBMHO3.js";
import "./chunk-ZP6QJIDH.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-YE4MP2LP.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-57I4QQFO.js";
import "./chunk-DMGXJELI.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
};
