import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/config/model-cost.ts
var BILLING_RANK = {
  local: 0,
  scripted: 1,
  flat: 2,
  api: 3
};
function costsMoreThan(a, b) {
  const byBilling = BILLING_RANK[a.billing] - BILLING_RANK[b.billing];
  if (byBilling !== 0 || a.billing !== "api") return byBilling > 0;
  if (a.price.outputPerMTokMicros !== b.price.outputPerMTokMicros)
    return a.price.outputPerMTokMicros > b.price.outputPerMTokMicros;
  return a.price.inputPerMTokMicros > b.price.inputPerMTokMicros;
}

export {
  costsMoreThan
};
