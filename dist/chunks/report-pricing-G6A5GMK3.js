import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  NO_PRICING,
  pricingFromConfig,
  reviewEffort,
  reviewMinutesByKindOf,
  timeCostMicros
} from "./chunk-4SOEMDSL.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";
export {
  NO_PRICING,
  pricingFromConfig,
  reviewEffort,
  reviewMinutesByKindOf,
  timeCostMicros
};
