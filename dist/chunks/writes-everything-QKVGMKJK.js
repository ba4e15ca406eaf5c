import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  matchesEverything
} from "./chunk-2KSIAVAE.js";
import "./chunk-7KYRHF44.js";
import "./chunk-OWSLLXUM.js";
export {
  matchesEverything
};
