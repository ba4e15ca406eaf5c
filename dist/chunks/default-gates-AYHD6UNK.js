import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-44Y4GVDA.js";
import "./chunk-K6XIX63F.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
