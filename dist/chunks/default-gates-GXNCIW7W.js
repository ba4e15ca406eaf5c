import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-ZUXKYIZX.js";
import "./chunk-U6EK6GCS.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
