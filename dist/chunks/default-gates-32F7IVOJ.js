import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-JO7JOFQI.js";
import "./chunk-CEIGGUA3.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
