import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  SCREEN_BARS,
  screenEval
} from "./chunk-UCZ3H7LG.js";
import "./chunk-DXVJCMYC.js";
import "./chunk-OWSLLXUM.js";
export {
  SCREEN_BARS,
  screenEval
};
