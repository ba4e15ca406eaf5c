import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-QRJ6WKV2.js";
import "./chunk-MYUWWT4E.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
