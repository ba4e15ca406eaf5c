import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-RUEPPM5E.js";
import "./chunk-FNYJ2PQV.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
