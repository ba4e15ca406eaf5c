import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  NO_PRICING,
  pricingFromConfig,
  timeCostMicros
} from "./chunk-RJNZGAYP.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-HWNULIWO.js";
export {
  NO_PRICING,
  pricingFromConfig,
  timeCostMicros
};
