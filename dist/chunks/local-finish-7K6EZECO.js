import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  outcomeLocal,
  signoffLocal
} from "./chunk-W72E5NBK.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  outcomeLocal,
  signoffLocal
};
