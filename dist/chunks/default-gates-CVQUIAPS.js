import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-NWR3HEGV.js";
import "./chunk-6CA4A4YR.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
