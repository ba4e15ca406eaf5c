import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  tokenCostMicros
} from "./chunk-C56QB4EX.js";

// src/core/cost.ts
function tokenCost(usage, price) {
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  return tokenCostMicros(usage.inputTokens - cached, price.inputPerMTokMicros) + tokenCostMicros(cached, price.cachedInputPerMTokMicros) + tokenCostMicros(usage.outputTokens, price.outputPerMTokMicros);
}
function runnerCost(durationMs, price) {
  return Number((BigInt(price.perSecondMicros) * BigInt(durationMs) + 500n) / 1000n);
}
function costOf(usage, billing, price, shadowPrice) {
  const actualMicros = billing === "api" ? tokenCost(usage, price) : billing === "local" ? runnerCost(usage.durationMs, price) : 0;
  const shadowMicros = billing === "api" ? actualMicros : shadowPrice ? tokenCost(usage, shadowPrice) : 0;
  return shadowPrice && billing !== "api" ? { billing, actualMicros, shadowMicros, price, shadowPrice } : { billing, actualMicros, shadowMicros, price };
}

export {
  tokenCost,
  costOf
};
