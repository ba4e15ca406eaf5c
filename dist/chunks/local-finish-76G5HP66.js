import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  outcomeLocal,
  signoffLocal
} from "./chunk-QEGCGGY3.js";
import "./chunk-Z3RF3NEM.js";
import "./chunk-BCTLDQ7G.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  outcomeLocal,
  signoffLocal
};
