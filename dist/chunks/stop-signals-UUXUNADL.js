import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  stopOnSignals
} from "./chunk-5Q6KYZKO.js";
import "./chunk-OWSLLXUM.js";
export {
  stopOnSignals
};
