import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GATE_CATALOG,
  canonicalGateId,
  gateSettingsOf,
  knownGateNames
} from "./chunk-Q7H6SAWW.js";
import "./chunk-OWSLLXUM.js";
export {
  GATE_CATALOG,
  canonicalGateId,
  gateSettingsOf,
  knownGateNames
};
