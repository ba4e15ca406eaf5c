import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  openGitWorkspace,
  parseLsTree
} from "./chunk-II4BMAJ2.js";
import "./chunk-O6DN6TXG.js";
import "./chunk-Z345SVSY.js";
import "./chunk-EW5UGL3W.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  openGitWorkspace,
  parseLsTree
};
