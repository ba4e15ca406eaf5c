import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  openGitWorkspace,
  parseLsTree
} from "./chunk-OB3JNDBZ.js";
import "./chunk-OGBVLUKE.js";
import "./chunk-2THWWSTJ.js";
import "./chunk-3CK64I6P.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  openGitWorkspace,
  parseLsTree
};
