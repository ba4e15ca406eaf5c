import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertFolder,
  assertWritableRepository
} from "./chunk-4FKOSWJW.js";
import "./chunk-4HEM3VW4.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  assertFolder,
  assertWritableRepository
};
