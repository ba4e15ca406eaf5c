import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-6XTYOYQL.js";
import "./chunk-PT5RB22F.js";
import "./chunk-HWNULIWO.js";
export {
  defaultGates
};
