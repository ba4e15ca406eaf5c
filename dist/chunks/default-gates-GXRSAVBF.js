import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-WC5NDOAF.js";
import "./chunk-SNXBX4RN.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
