import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  TaskFileFrontMatter,
  buildTask,
  taskFromFile
} from "./chunk-VBNX3N7K.js";
import "./chunk-RLITK63G.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-BM7RQP47.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  TaskFileFrontMatter,
  buildTask,
  taskFromFile
};
