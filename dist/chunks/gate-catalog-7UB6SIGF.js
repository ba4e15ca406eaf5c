import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GATE_CATALOG,
  canonicalGateId,
  gateSettingsOf,
  knownGateNames
} from "./chunk-MU7G7UNU.js";
import "./chunk-OWSLLXUM.js";
export {
  GATE_CATALOG,
  canonicalGateId,
  gateSettingsOf,
  knownGateNames
};
