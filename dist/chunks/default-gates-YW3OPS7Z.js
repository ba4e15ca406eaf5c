import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-VCNLFMZI.js";
import "./chunk-ADUTN5BF.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
