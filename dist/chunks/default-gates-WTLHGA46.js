import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-R2AUVL7R.js";
import "./chunk-ICHCPG2W.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
