import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
} from "./chunk-RUYXHHGK.js";
import "./chunk-TJGBQXOW.js";
import "./chunk-U657X6YM.js";
import "./chunk-XJVIKDKX.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-5LRHPAIR.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText,
  summarise
};
