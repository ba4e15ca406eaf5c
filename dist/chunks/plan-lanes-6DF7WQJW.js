import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
} from "./chunk-CBXXSFC4.js";
import "./chunk-U657X6YM.js";
import "./chunk-LJT6V5HI.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-WJKCMYSZ.js";
import "./chunk-OWSLLXUM.js";
export {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
};
