import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
} from "./chunk-4PH66SAW.js";
import "./chunk-U657X6YM.js";
import "./chunk-S3AZSQJQ.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-X56SRAB6.js";
import "./chunk-OWSLLXUM.js";
export {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
};
