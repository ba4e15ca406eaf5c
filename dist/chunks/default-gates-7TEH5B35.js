import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-OU5OR2A4.js";
import "./chunk-Q7H6SAWW.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
