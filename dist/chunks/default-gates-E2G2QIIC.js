import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-T5P7VGOB.js";
import "./chunk-O75UKX5P.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
