import { z } from 'zod';
import { Slug } from '../core/work.js';

/**
 * A rule's cascade (`route.fallback: escalate-on-gate-fail`): the work is tried on the rule's
 * `tier` first (the cheap one); when a deterministic gate sends it back it moves to the next
 * tier of `escalateTo` with the findings in the prompt. Which kinds may cascade is checked with
 * the gates' measured catch rates (config/check-cascade.ts); which risks, by
 * `risk.levels.<risk>.cascade`.
 */
export const CascadeTiers = z
  .array(Slug)
  .min(1)
  .describe('With fallback escalate-on-gate-fail: the dearer tiers to escalate to, in order');

interface CascadeRuleSource {
  readonly tiers: Readonly<Record<string, unknown>>;
  readonly rules: readonly {
    readonly route: {
      readonly tier: string;
      readonly fallback: string;
      readonly escalateTo?: readonly string[] | undefined;
    };
  }[];
}

/** Schema-level cross-references of a cascade: its tiers exist, and it names where to go. */
export function cascadeRuleIssues(
  config: CascadeRuleSource,
): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  config.rules.forEach((rule, i) => {
    const { fallback, escalateTo, tier } = rule.route;
    if (fallback === 'escalate-on-gate-fail' && !escalateTo)
      issues.push({
        path: ['rules', i, 'route', 'fallback'],
        message:
          'escalate-on-gate-fail needs `escalateTo: [tier, …]`: the tiers to move to when a deterministic gate fails',
      });
    if (escalateTo && fallback !== 'escalate-on-gate-fail')
      issues.push({
        path: ['rules', i, 'route', 'escalateTo'],
        message: `escalateTo applies only with fallback: escalate-on-gate-fail (this rule's fallback is ${fallback})`,
      });
    escalateTo?.forEach((t, j) => {
      if (!config.tiers[t])
        issues.push({
          path: ['rules', i, 'route', 'escalateTo', j],
          message: `no tier named "${t}"`,
        });
      else if (t === tier || escalateTo.indexOf(t) !== j)
        issues.push({
          path: ['rules', i, 'route', 'escalateTo', j],
          message: `tier ${t} is already in the cascade`,
        });
    });
  });
  return issues;
}
