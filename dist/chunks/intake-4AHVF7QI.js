import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  TaskFileFrontMatter,
  buildTask,
  taskFromFile
} from "./chunk-A5ABGCAF.js";
import "./chunk-RLITK63G.js";
import "./chunk-GYW435GO.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BM7RQP47.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  TaskFileFrontMatter,
  buildTask,
  taskFromFile
};
