import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-BAGBW5DS.js";
import "./chunk-5EJOVQ7F.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
