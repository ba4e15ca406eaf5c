import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-E2AH632C.js";
import "./chunk-DO5HDHFE.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
