import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-T423S3II.js";
import "./chunk-7JH2P6DX.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
