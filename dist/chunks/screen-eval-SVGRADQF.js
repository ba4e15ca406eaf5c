import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  SCREEN_BARS,
  screenEval
} from "./chunk-6TWXRU5E.js";
import "./chunk-U657X6YM.js";
import "./chunk-OWSLLXUM.js";
export {
  SCREEN_BARS,
  screenEval
};
