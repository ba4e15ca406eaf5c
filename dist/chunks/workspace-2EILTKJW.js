import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  openGitWorkspace,
  parseLsTree
} from "./chunk-OPYNI2KY.js";
import "./chunk-7EF6U3VT.js";
import "./chunk-BXMCJ2S2.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  openGitWorkspace,
  parseLsTree
};
