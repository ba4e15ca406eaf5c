import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertFolder,
  assertWritableRepository
} from "./chunk-LCAW45SL.js";
import "./chunk-QM6KZFNS.js";
import "./chunk-O4HDCP25.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  assertFolder,
  assertWritableRepository
};
