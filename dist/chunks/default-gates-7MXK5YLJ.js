import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-GUA5BDTK.js";
import "./chunk-DGDXITXJ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
