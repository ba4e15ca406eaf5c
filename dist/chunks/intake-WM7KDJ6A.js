import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  TaskFileFrontMatter,
  buildTask,
  recordedPath,
  taskFromFile
} from "./chunk-GITUZYCG.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  TaskFileFrontMatter,
  buildTask,
  recordedPath,
  taskFromFile
};
