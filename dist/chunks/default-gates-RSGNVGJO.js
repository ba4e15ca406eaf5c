import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-ZQLNRARZ.js";
import "./chunk-6A2MKVBA.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
