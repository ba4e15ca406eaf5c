import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-AQO7R7BK.js";
import "./chunk-QLKZTQZG.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
