import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-GJEKFZPP.js";
import "./chunk-JC77SRRB.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
