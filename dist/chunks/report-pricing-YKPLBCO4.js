import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  NO_PRICING,
  pricingFromConfig,
  timeCostMicros
} from "./chunk-XZI2RTLF.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-OWSLLXUM.js";
export {
  NO_PRICING,
  pricingFromConfig,
  timeCostMicros
};
