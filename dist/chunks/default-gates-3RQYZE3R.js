import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-TH6FG3KU.js";
import "./chunk-QMNEKO2P.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
