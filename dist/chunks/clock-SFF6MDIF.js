import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  steppingClock,
  systemClock
} from "./chunk-OSDM3B4E.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-OWSLLXUM.js";
export {
  steppingClock,
  systemClock
};
