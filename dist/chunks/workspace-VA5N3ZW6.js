import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  openGitWorkspace,
  parseLsTree
} from "./chunk-DO43DO7L.js";
import "./chunk-S2BERF5H.js";
import "./chunk-GEAMK3OW.js";
import "./chunk-NBMJ4FYU.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  openGitWorkspace,
  parseLsTree
};
