import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";
import "./chunk-OWSLLXUM.js";
export {
  packageRoot
};
