import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-EAXR2WFZ.js";
import "./chunk-PZKDSWJQ.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
