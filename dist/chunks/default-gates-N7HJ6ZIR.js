import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  defaultGates
} from "./chunk-OFXOWSA3.js";
import "./chunk-UZLR7NF6.js";
import "./chunk-OWSLLXUM.js";
export {
  defaultGates
};
