import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-CBB2SM2F.js";
import "./chunk-O2NMPSRH.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
