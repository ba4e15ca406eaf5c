import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-3BERTS2B.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-FTUNOFD5.js";
import "./chunk-Z3MINALH.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-HWNULIWO.js";
export {
  createProvider
};
