import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-VRFABJAU.js";
import "./chunk-D2DOMQP5.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
