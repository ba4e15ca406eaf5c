import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  openGitWorkspace,
  parseLsTree
} from "./chunk-R6L2LFCN.js";
import "./chunk-2LQ4G5T5.js";
import "./chunk-PZRKAV5C.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  openGitWorkspace,
  parseLsTree
};
