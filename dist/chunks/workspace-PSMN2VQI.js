import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  openGitWorkspace,
  parseLsTree
} from "./chunk-FQJBUNP2.js";
import "./chunk-6UMYNDPG.js";
import "./chunk-GJUGMOXT.js";
import "./chunk-ILL5PG4L.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  openGitWorkspace,
  parseLsTree
};
