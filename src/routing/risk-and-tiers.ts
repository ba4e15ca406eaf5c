import type { AiosConfig, RuleConfig } from '../config/config-schema.js';
import type { Risk } from '../core/work.js';
import { costsMoreThan } from '../config/model-cost.js';
import { globMatcher } from './compiled-globs.js';

const RANK: Readonly<Record<Risk, number>> = { low: 0, medium: 1, high: 2 };

/** The rule's risk, raised to `medium` or `high` when the task names a path under `risk.paths`. */
export function riskOf(ruleRisk: Risk, paths: readonly string[], config: AiosConfig): Risk {
  let risk = ruleRisk;
  for (const level of ['high', 'medium'] as const) {
    if (RANK[risk] >= RANK[level]) break;
    const globs = config.risk.paths[level];
    if (globs.length === 0) continue;
    const isMatch = globMatcher(globs);
    if (paths.some((p) => isMatch(p))) risk = level;
  }
  return risk;
}

/** Where the work may run, or why it may run nowhere. */
export type TierPlacement =
  | { readonly type: 'tier'; readonly tier: string; readonly why?: string | undefined }
  | { readonly type: 'ask'; readonly reason: string };

/**
 * The tier the work runs on: the rule's, unless it is switched off (`tiers.<id>.enabled: false`)
 * or forbidden for the work's risk (`risk.levels.<risk>.tiers`). Then the rule's fallback
 * decides: `none` asks; `same-or-cheaper` takes the nearest allowed tier whose first model costs
 * no more; `any` takes that, else the cheapest dearer one. No allowed tier asks. A tier the risk
 * policy forbids is never returned, whatever the fallback.
 */
export function rerouteDisabledTier(
  wanted: string,
  fallback: RuleConfig['route']['fallback'],
  risk: Risk,
  config: AiosConfig,
): TierPlacement {
  const allowed = config.risk.levels[risk].tiers;
  const usable = (id: string) =>
    config.tiers[id]?.enabled !== false && (!allowed || allowed.includes(id));
  if (usable(wanted)) return { type: 'tier', tier: wanted };
  const off = config.tiers[wanted]?.enabled === false;
  const problem = off
    ? `tier ${wanted} is switched off (tiers.${wanted}.enabled: false)`
    : `${risk}-risk work may not run on tier ${wanted} (risk.levels.${risk}.tiers: ${allowed?.join(', ') ?? ''})`;
  if (fallback === 'none')
    return { type: 'ask', reason: `${problem}, and the rule's fallback is none` };
  const primary = (id: string) => {
    const first = config.tiers[id]?.models[0];
    return first === undefined ? undefined : config.models[first];
  };
  const wantedModel = primary(wanted);
  const others = Object.keys(config.tiers).filter((id) => id !== wanted && usable(id));
  const cheaper = others.filter((id) => {
    const m = primary(id);
    return m !== undefined && wantedModel !== undefined && !costsMoreThan(m, wantedModel);
  });
  // The nearest substitute: the dearest of the tiers that cost no more.
  const byCost = (a: string, b: string) => {
    const ma = primary(a);
    const mb = primary(b);
    if (!ma || !mb) return 0;
    return costsMoreThan(ma, mb) ? 1 : costsMoreThan(mb, ma) ? -1 : 0;
  };
  const nearestCheaper = [...cheaper].sort(byCost).at(-1);
  if (nearestCheaper)
    return {
      type: 'tier',
      tier: nearestCheaper,
      why: `${problem}; rerouted to ${nearestCheaper} by fallback ${fallback}`,
    };
  if (fallback === 'any') {
    const cheapestDearer = others.filter((id) => !cheaper.includes(id)).sort(byCost)[0];
    if (cheapestDearer)
      return {
        type: 'tier',
        tier: cheapestDearer,
        why: `${problem}; rerouted to ${cheapestDearer} by fallback any`,
      };
  }
  return { type: 'ask', reason: `${problem}, and no allowed tier fits fallback ${fallback}` };
}
