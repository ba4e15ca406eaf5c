import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitConfigValue
} from "./chunk-M4N5YL2D.js";
import "./chunk-NBMJ4FYU.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  gitConfigValue
};
