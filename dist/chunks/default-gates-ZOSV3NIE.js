import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-QT6LFMDT.js";
import "./chunk-HY7IUXMS.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
