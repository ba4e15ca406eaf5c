import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-GAE5EO5M.js";
import "./chunk-4RK5ORHK.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
