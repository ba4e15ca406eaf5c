import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-CS63YE6P.js";
import "./chunk-PT6DHT7Z.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
