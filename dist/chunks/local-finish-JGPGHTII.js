import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  outcomeLocal,
  signoffLocal
} from "./chunk-KI4ZXWZX.js";
import "./chunk-Z3RF3NEM.js";
import "./chunk-K5O5WWOO.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  outcomeLocal,
  signoffLocal
};
