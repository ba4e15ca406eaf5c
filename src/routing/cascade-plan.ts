import type { AiosConfig, RuleConfig } from '../config/config-schema.js';
import { cascadeAllowed } from '../config/risk-policy.js';
import type { RuleTrace } from '../core/plan.js';
import type { Risk } from '../core/work.js';

/** How a model outage falls back within a tier (a cascade falls back as `same-or-cheaper`). */
export type ModelFallback = 'any' | 'same-or-cheaper' | 'none';

/** Where a rule's work starts, and the tiers a cascade may move it up to. */
export interface CascadeStart {
  /** The tier to place the work on (then checked by rerouteDisabledTier as any rule's tier). */
  readonly tier: string;
  readonly fallback: ModelFallback;
  /** The dearer tiers, in order, a failed deterministic gate moves the work to. */
  readonly next: readonly string[];
  readonly trace?: RuleTrace | undefined;
}

/**
 * A rule's start: without a cascade, its tier and fallback. With `escalate-on-gate-fail`, the
 * cheap tier first and `escalateTo` after it, each tier kept only if it is switched on and the
 * risk may use it; when the risk level does not allow a cascade (`risk.levels.<risk>.cascade`,
 * never for high unless it says so) the work goes straight to the dearest tier the rule names.
 */
export function cascadeStart(rule: RuleConfig, risk: Risk, config: AiosConfig): CascadeStart {
  const { route } = rule;
  if (route.fallback !== 'escalate-on-gate-fail')
    return { tier: route.tier, fallback: route.fallback, next: [] };
  const allowed = config.risk.levels[risk].tiers;
  const usable = (id: string) =>
    config.tiers[id]?.enabled !== false && (!allowed || allowed.includes(id));
  const chain = [route.tier, ...(route.escalateTo ?? [])].filter(usable);
  const fallback = 'same-or-cheaper';
  if (!cascadeAllowed(config.risk, risk)) {
    const top = chain.at(-1) ?? route.escalateTo?.at(-1) ?? route.tier;
    return {
      tier: top,
      fallback,
      next: [],
      trace: {
        rule: 'cascade',
        matched: false,
        why: `${risk}-risk work may not cascade (risk.levels.${risk}.cascade); straight to ${top}`,
      },
    };
  }
  const [first, ...next] = chain;
  if (first === undefined) return { tier: route.tier, fallback, next: [] };
  return {
    tier: first,
    fallback,
    next,
    trace: {
      rule: 'cascade',
      matched: next.length > 0,
      why: next.length
        ? `escalate-on-gate-fail: ${first} first, then ${next.join(', ')} when a deterministic gate fails`
        : `escalate-on-gate-fail: no usable tier to escalate to beyond ${first}`,
    },
  };
}
