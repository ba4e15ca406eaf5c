import type { GateVerdict } from '../core/gate-verdict.js';
import type { Escalation } from '../core/ledger-entry.js';
import type { Plan } from '../core/plan.js';

/** The plan of one cascade stage: the same work on another tier and its models. */
export interface CascadeStage {
  readonly plan: Plan;
  /** Set on a stage the work escalated to: from which tier and why. */
  readonly escalation?: Escalation | undefined;
}

/** Every model a plan may call, its cascade's tiers included: what the budget guard prices. */
export function cascadeModels(plan: Plan): Plan {
  if (!plan.cascade?.length) return plan;
  return {
    ...plan,
    models: [...new Set([...plan.models, ...plan.cascade.flatMap((c) => c.models)])],
  };
}

/** How many attempts the work may have: the rule's, plus one for each tier it may escalate to. */
export function cascadeAttempts(plan: Plan): number {
  return plan.maxAttempts + (plan.cascade?.length ?? 0);
}

/**
 * After an attempt's gates: the next stage when a deterministic gate (anything but the
 * reviewer) sent the work back and the plan's cascade has a dearer tier left; else undefined
 * (the work is sent back on the same tier as without a cascade). The findings go into the next
 * prompt as any send-back's do; the escalation names the failed gates for the ledger.
 */
export function escalateAfter(
  plan: Plan,
  current: CascadeStage,
  verdicts: readonly GateVerdict[],
): CascadeStage | undefined {
  const failed = verdicts.filter((v) => !v.pass && v.gate !== 'reviewer');
  if (failed.length === 0 || !plan.cascade?.length) return undefined;
  const at = plan.cascade.findIndex((c) => c.tier === current.plan.tier);
  const next = plan.cascade[at + 1];
  if (!next) return undefined;
  const findings = failed.reduce(
    (n, v) => n + v.findings.filter((f) => f.severity === 'error').length,
    0,
  );
  return {
    plan: { ...plan, tier: next.tier, models: next.models },
    escalation: {
      from: current.plan.tier,
      to: next.tier,
      reason: `${failed.map((v) => v.gate).join(', ')} sent the work back (${findings} error finding(s)) on ${current.plan.tier}`,
    },
  };
}
