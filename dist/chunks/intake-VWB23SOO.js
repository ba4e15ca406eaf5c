import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  TaskFileFrontMatter,
  buildTask,
  recordedPath,
  taskFromFile
} from "./chunk-BXMFVY7C.js";
import "./chunk-6VZH2FIU.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-BM7RQP47.js";
import "./chunk-27CZGLQL.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  TaskFileFrontMatter,
  buildTask,
  recordedPath,
  taskFromFile
};
