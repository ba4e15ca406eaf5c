import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-YOW5734K.js";
import "./chunk-KAAWYYMN.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
