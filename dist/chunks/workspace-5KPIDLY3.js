import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  openGitWorkspace,
  parseLsTree
} from "./chunk-BZP7PSOQ.js";
import "./chunk-FGAHVODS.js";
import "./chunk-7P4FDIYE.js";
import "./chunk-5FEVDIJN.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  openGitWorkspace,
  parseLsTree
};
