import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-MGV6GW3K.js";
import "./chunk-WSM6QS7K.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
