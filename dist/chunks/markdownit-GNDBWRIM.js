import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  require_markdownit
} from "./chunk-73Y6HLQS.js";
import "./chunk-OWSLLXUM.js";
export default require_markdownit();
