import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  SCREEN_BARS,
  screenEval
} from "./chunk-VWR4VSEI.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-OWSLLXUM.js";
export {
  SCREEN_BARS,
  screenEval
};
