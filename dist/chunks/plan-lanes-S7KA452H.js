import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
} from "./chunk-J4REZQ4Y.js";
import "./chunk-U657X6YM.js";
import "./chunk-5SHKB4WE.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-XOCOB4WU.js";
import "./chunk-OWSLLXUM.js";
export {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
};
