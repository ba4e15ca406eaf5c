import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-OTTWMORF.js";
import "./chunk-N3J6PCJ7.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
