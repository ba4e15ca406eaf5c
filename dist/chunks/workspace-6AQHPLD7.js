import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  openGitWorkspace,
  parseLsTree
} from "./chunk-OAINPWEM.js";
import "./chunk-3QOPF7SE.js";
import "./chunk-K4EBBNZ7.js";
import "./chunk-DQQD3WUF.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  openGitWorkspace,
  parseLsTree
};
