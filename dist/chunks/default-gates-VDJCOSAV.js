import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-WBFGJDHK.js";
import "./chunk-7IIOHN4I.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
