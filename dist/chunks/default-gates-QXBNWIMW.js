import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-LJR5OLDU.js";
import "./chunk-4J54VGAZ.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
