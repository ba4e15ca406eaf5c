import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  NO_PRICING,
  pricingFromConfig,
  timeCostMicros
} from "./chunk-3ICBUBTN.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";
export {
  NO_PRICING,
  pricingFromConfig,
  timeCostMicros
};
