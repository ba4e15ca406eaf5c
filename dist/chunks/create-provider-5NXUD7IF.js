import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createProvider
} from "./chunk-2LFGVXAD.js";
import "./chunk-NV2LNVE6.js";
import "./chunk-EGP66IBB.js";
import "./chunk-R7BZR5VP.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";
export {
  createProvider
};
