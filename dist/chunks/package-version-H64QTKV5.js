import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  packageVersion
} from "./chunk-WR2FMMU4.js";
import "./chunk-OWSLLXUM.js";
export {
  packageVersion
};
