import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-7TWA743N.js";
import "./chunk-XOCOB4WU.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
