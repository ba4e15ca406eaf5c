import type { AiosConfig } from '../config/config-schema.js';
import { InputError } from '../core/errors.js';
import type { PriceSnapshot } from '../core/ledger-entry.js';

/**
 * The prices a report needs that entries do not carry: the reviewer's hourly rate, the monthly
 * fees of flat-rate seats, and the premium model's prices for the counterfactual. They come
 * from the config the report runs with (today's), not from the entries (then's).
 */
export interface ReportPricing {
  /** Micro-dollars per hour of human review (config `signoff.reviewHourlyRate`). */
  readonly reviewHourlyRateMicros: number;
  /** Review minutes of a sign-off that did not record its own, by kind (config `kinds.<k>.reviewMinutes`). */
  readonly reviewMinutesByKind?: ReadonlyMap<string, number> | undefined;
  /** Flat-rate seats: model id → monthly fee in micro-dollars (config `models.<id>.monthlyFee`). */
  readonly seats: ReadonlyMap<string, number>;
  /** The model every call is re-priced at for the counterfactual, if any is API-billed. */
  readonly premium: { readonly modelId: string; readonly price: PriceSnapshot } | undefined;
}

/** No rate, no seats, no counterfactual: what a report knows without a config. */
export const NO_PRICING: ReportPricing = {
  reviewHourlyRateMicros: 0,
  seats: new Map(),
  premium: undefined,
};

/**
 * Read the report's prices from a config. The premium model is `premiumModelId` when given,
 * else the API-billed model with the highest output price (then input price, then id).
 */
export function pricingFromConfig(config: AiosConfig, premiumModelId?: string): ReportPricing {
  const seats = new Map<string, number>();
  for (const [id, m] of Object.entries(config.models))
    if (m.billing === 'flat' && m.provider === 'openai' && m.monthlyFee !== undefined)
      seats.set(id, m.monthlyFee);

  const snapshot = (id: string): PriceSnapshot => {
    const m = config.models[id];
    if (!m) throw new InputError(`No model named "${id}" in the config.`);
    return { model: id, ...m.price };
  };
  let premium: ReportPricing['premium'];
  if (premiumModelId !== undefined) {
    if (!config.models[premiumModelId])
      throw new InputError(`--premium ${premiumModelId}: no model by that id in the config.`, [], {
        hint: `Use one of: ${Object.keys(config.models).join(', ')}.`,
      });
    const price = snapshot(premiumModelId);
    if (price.inputPerMTokMicros === 0 && price.outputPerMTokMicros === 0)
      throw new InputError(`--premium ${premiumModelId}: that model has no per-token price.`, [], {
        hint: 'Name an API-billed model with a price in the config.',
      });
    premium = { modelId: premiumModelId, price };
  } else {
    const candidates = Object.entries(config.models)
      .filter(([, m]) => m.billing === 'api')
      .map(([id]) => snapshot(id))
      .sort(
        (a, b) =>
          b.outputPerMTokMicros - a.outputPerMTokMicros ||
          b.inputPerMTokMicros - a.inputPerMTokMicros ||
          a.model.localeCompare(b.model),
      );
    const top = candidates[0];
    premium = top ? { modelId: top.model, price: top } : undefined;
  }
  return {
    reviewHourlyRateMicros: config.signoff.reviewHourlyRate,
    seats,
    premium,
    reviewMinutesByKind: reviewMinutesByKindOf(config.kinds),
  };
}

/** Each kind's review estimate from the config (`kinds.<k>.reviewMinutes`), where it has one. */
export function reviewMinutesByKindOf(
  kinds: Readonly<Record<string, { readonly reviewMinutes?: number | undefined }>>,
): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const [kind, k] of Object.entries(kinds))
    if (k.reviewMinutes !== undefined) byKind.set(kind, k.reviewMinutes);
  return byKind;
}

/** Where a sign-off's review minutes come from. */
export type ReviewSource = 'recorded' | 'estimated' | 'none';

/**
 * The review effort a sign-off stands for: the reviewer's own minutes when recorded, else the
 * kind's estimate from the config, else none (counted as 0). Never `minutesToApproval`: that is
 * how long the PR waited (a PR approved after three days is not three days of review). The one
 * rule the report, the receipt and the outcome cells price review by.
 */
export function reviewEffort(
  reviewMinutes: number | undefined,
  kind: string,
  byKind: ReadonlyMap<string, number> | undefined,
): { minutes: number | undefined; seconds: number; source: ReviewSource } {
  const estimate = reviewMinutes === undefined ? byKind?.get(kind) : undefined;
  const minutes = reviewMinutes ?? estimate;
  return {
    minutes,
    seconds: minutes === undefined ? 0 : Math.round(minutes * 60),
    source:
      reviewMinutes !== undefined ? 'recorded' : estimate !== undefined ? 'estimated' : 'none',
  };
}

/** Cost of `seconds` of a person's time at an hourly rate, rounded half up to a micro-dollar. */
export function timeCostMicros(seconds: number, hourlyRateMicros: number): number {
  return Number((BigInt(hourlyRateMicros) * BigInt(seconds) + 1800n) / 3600n);
}
