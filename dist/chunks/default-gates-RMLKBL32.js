import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-UAZBOKWA.js";
import "./chunk-HRN3HRFC.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
