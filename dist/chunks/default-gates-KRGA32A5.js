import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-XHAAY46D.js";
import "./chunk-YWHU726I.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
