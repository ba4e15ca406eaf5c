import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-6ZEDI3MQ.js";
import "./chunk-NZBKY7V7.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
