import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-MYXFHQCC.js";
import "./chunk-7ATKC2BZ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
