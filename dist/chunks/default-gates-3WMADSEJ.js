import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-AW4A6OQC.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
