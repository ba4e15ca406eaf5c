import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-BXJ33WYV.js";

// src/reports/report-pricing.ts
var NO_PRICING = {
  reviewHourlyRateMicros: 0,
  seats: /* @__PURE__ */ new Map(),
  premium: void 0
};
function pricingFromConfig(config, premiumModelId) {
  const seats = /* @__PURE__ */ new Map();
  for (const [id, m] of Object.entries(config.models))
    if (m.billing === "flat" && m.provider === "openai" && m.monthlyFee !== void 0)
      seats.set(id, m.monthlyFee);
  const snapshot = (id) => {
    const m = config.models[id];
    if (!m) throw new InputError(`No model named "${id}" in the config.`);
    return { model: id, ...m.price };
  };
  let premium;
  if (premiumModelId !== void 0) {
    if (!config.models[premiumModelId])
      throw new InputError(`--premium ${premiumModelId}: no model by that id in the config.`, [], {
        hint: `Use one of: ${Object.keys(config.models).join(", ")}.`
      });
    const price = snapshot(premiumModelId);
    if (price.inputPerMTokMicros === 0 && price.outputPerMTokMicros === 0)
      throw new InputError(`--premium ${premiumModelId}: that model has no per-token price.`, [], {
        hint: "Name an API-billed model with a price in the config."
      });
    premium = { modelId: premiumModelId, price };
  } else {
    const candidates = Object.entries(config.models).filter(([, m]) => m.billing === "api").map(([id]) => snapshot(id)).sort(
      (a, b) => b.outputPerMTokMicros - a.outputPerMTokMicros || b.inputPerMTokMicros - a.inputPerMTokMicros || a.model.localeCompare(b.model)
    );
    const top = candidates[0];
    premium = top ? { modelId: top.model, price: top } : void 0;
  }
  return {
    reviewHourlyRateMicros: config.signoff.reviewHourlyRate,
    seats,
    premium,
    reviewMinutesByKind: reviewMinutesByKindOf(config.kinds)
  };
}
function reviewMinutesByKindOf(kinds) {
  const byKind = /* @__PURE__ */ new Map();
  for (const [kind, k] of Object.entries(kinds))
    if (k.reviewMinutes !== void 0) byKind.set(kind, k.reviewMinutes);
  return byKind;
}
function reviewEffort(reviewMinutes, kind, byKind) {
  const estimate = reviewMinutes === void 0 ? byKind?.get(kind) : void 0;
  const minutes = reviewMinutes ?? estimate;
  return {
    minutes,
    seconds: minutes === void 0 ? 0 : Math.round(minutes * 60),
    source: reviewMinutes !== void 0 ? "recorded" : estimate !== void 0 ? "estimated" : "none"
  };
}
function timeCostMicros(seconds, hourlyRateMicros) {
  return Number((BigInt(hourlyRateMicros) * BigInt(seconds) + 1800n) / 3600n);
}

export {
  NO_PRICING,
  pricingFromConfig,
  reviewMinutesByKindOf,
  reviewEffort,
  timeCostMicros
};
