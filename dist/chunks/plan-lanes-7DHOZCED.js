import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
} from "./chunk-ZIEGUDXW.js";
import "./chunk-U657X6YM.js";
import "./chunk-LTVI4LZI.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-2TU23YOJ.js";
import "./chunk-OWSLLXUM.js";
export {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
};
