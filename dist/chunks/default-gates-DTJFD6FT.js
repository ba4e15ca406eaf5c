import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-OE7JUBCQ.js";
import "./chunk-QGUNYCZU.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
