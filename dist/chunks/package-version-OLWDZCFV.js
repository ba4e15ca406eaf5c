import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  packageVersion
} from "./chunk-EMAYY2HI.js";
import "./chunk-AMKKWZM7.js";
import "./chunk-HWNULIWO.js";
export {
  packageVersion
};
