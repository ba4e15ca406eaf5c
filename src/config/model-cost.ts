import type { ModelConfig } from './config-schema.js';

/** Billing classes from cheapest to dearest for a task: what `same-or-cheaper` compares first. */
const BILLING_RANK: Readonly<Record<ModelConfig['billing'], number>> = {
  local: 0,
  scripted: 1,
  flat: 2,
  api: 3,
};

/**
 * Is model `a` dearer than model `b`? By billing class first (local < scripted < flat < api);
 * between two API-billed models by output price, then input price, since output tokens dominate
 * what an answer costs. Models of the same non-API class cost the same for this purpose.
 */
export function costsMoreThan(a: ModelConfig, b: ModelConfig): boolean {
  const byBilling = BILLING_RANK[a.billing] - BILLING_RANK[b.billing];
  if (byBilling !== 0 || a.billing !== 'api') return byBilling > 0;
  if (a.price.outputPerMTokMicros !== b.price.outputPerMTokMicros)
    return a.price.outputPerMTokMicros > b.price.outputPerMTokMicros;
  return a.price.inputPerMTokMicros > b.price.inputPerMTokMicros;
}
