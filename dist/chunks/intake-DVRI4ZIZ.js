import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  TaskFileFrontMatter,
  buildTask,
  taskFromFile
} from "./chunk-ZKDYZKRR.js";
import "./chunk-RLITK63G.js";
import "./chunk-FT6KL63P.js";
import "./chunk-EGP66IBB.js";
import "./chunk-MOVWQC26.js";
import "./chunk-R7BZR5VP.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-PCXO6PLR.js";
import "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";
export {
  TaskFileFrontMatter,
  buildTask,
  taskFromFile
};
