import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  require_markdownit
} from "./chunk-IDB4OXIX.js";
import "./chunk-HWNULIWO.js";
export default require_markdownit();
