import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
} from "./chunk-VBZN6Q6I.js";
import "./chunk-7KYRHF44.js";
import "./chunk-DXVJCMYC.js";
import "./chunk-OWSLLXUM.js";
export {
  laneScreenFor,
  lanesOf,
  planWithLanes,
  rerouteByKinds
};
