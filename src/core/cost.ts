import type { Billing, Cost, PriceSnapshot, Usage } from './ledger-entry.js';
import { tokenCostMicros } from './money.js';

/**
 * Token cost of one call at a price snapshot. `inputTokens` counts every input token,
 * cached ones included (as OpenAI reports `prompt_tokens`); cached tokens are charged at the
 * cached rate and the rest at the input rate.
 */
export function tokenCost(usage: Usage, price: PriceSnapshot): number {
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  return (
    tokenCostMicros(usage.inputTokens - cached, price.inputPerMTokMicros) +
    tokenCostMicros(cached, price.cachedInputPerMTokMicros) +
    tokenCostMicros(usage.outputTokens, price.outputPerMTokMicros)
  );
}

/** Runner time at a per-second price, rounded half up to a micro-dollar. */
export function runnerCost(durationMs: number, price: PriceSnapshot): number {
  return Number((BigInt(price.perSecondMicros) * BigInt(durationMs) + 500n) / 1000n);
}

/**
 * What a call cost. The one formula used when a call is recorded and when `ledger verify`
 * recomputes it from the stored snapshot, so the two can never disagree by construction only
 * if the stored inputs are untouched.
 */
export function costOf(
  usage: Usage,
  billing: Billing,
  price: PriceSnapshot,
  shadowPrice?: PriceSnapshot,
): Cost {
  const actualMicros =
    billing === 'api'
      ? tokenCost(usage, price)
      : billing === 'local'
        ? runnerCost(usage.durationMs, price)
        : 0;
  const shadowMicros =
    billing === 'api' ? actualMicros : shadowPrice ? tokenCost(usage, shadowPrice) : 0;
  return shadowPrice && billing !== 'api'
    ? { billing, actualMicros, shadowMicros, price, shadowPrice }
    : { billing, actualMicros, shadowMicros, price };
}
