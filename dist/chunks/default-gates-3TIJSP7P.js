import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-4BT7RB7K.js";
import "./chunk-5LRHPAIR.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
