import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitConfigValue
} from "./chunk-IZVRWXVI.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  gitConfigValue
};
