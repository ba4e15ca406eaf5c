import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Risk,
  Size,
  Slug,
  WorkInfo
} from "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";
export {
  Risk,
  Size,
  Slug,
  WorkInfo
};
