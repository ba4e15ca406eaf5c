import { z } from 'zod';
import { Risk, Slug } from '../core/work.js';

/**
 * `learn:` on a rule (issue 15, "learning from the ledger, still a written rule"): when the
 * ledger shows that a cheaper model does this rule's work well enough, `advise` writes the
 * suggestion into the plan; `apply` routes to that model and records the override and its
 * evidence (the cell's figures) in the trace and the `planned` entry. The written rule still
 * decides: the trace names the rule and this clause. Never for high-risk work.
 */
export const LearnPolicy = z
  .object({
    mode: z
      .enum(['advise', 'apply'])
      .describe('advise: suggest in the plan; apply: route to the cheaper model when it qualifies'),
    cheaper: z
      .array(Slug)
      .min(1)
      .describe(
        'Models or tiers to try instead of the rule’s tier, cheapest first (a tier means its models)',
      ),
    minSamples: z
      .number()
      .int()
      .positive()
      .default(20)
      .describe('Decided outcomes the cheaper model’s cell needs before it counts'),
    minAcceptanceLB: z
      .number()
      .min(0)
      .max(1)
      .default(0.8)
      .describe('The cell’s acceptance lower bound (Wilson score, one-sided 95%) must reach this'),
    risks: z
      .array(Risk)
      .min(1)
      .default(['low'])
      .describe('Risk levels the clause may act on; never high'),
  })
  .strict()
  .superRefine((learn, ctx) => {
    learn.risks.forEach((risk, i) => {
      if (risk === 'high')
        ctx.addIssue({
          code: 'custom',
          path: ['risks', i],
          message: 'a learned downgrade never applies to high-risk work: remove high',
        });
    });
  });
export type LearnPolicy = z.output<typeof LearnPolicy>;

/** What a name in `cheaper` stands for: a model on a tier. */
export interface LearnCandidate {
  /** The name as written. */
  readonly name: string;
  readonly model: string;
  readonly tier: string;
}

interface ConfigView {
  readonly models: Readonly<Record<string, unknown>>;
  readonly tiers: Readonly<Record<string, { readonly models: readonly string[] }>>;
}

/**
 * The (model, tier) pairs a `cheaper` list names, in order: a tier gives its first model on it;
 * a model gives itself on the first tier that lists it. Names that are neither, or a model on
 * no tier, give nothing (config check reports them).
 */
export function learnCandidates(cheaper: readonly string[], config: ConfigView): LearnCandidate[] {
  const out: LearnCandidate[] = [];
  for (const name of cheaper) {
    const tier = config.tiers[name];
    if (tier) {
      const model = tier.models[0];
      if (model !== undefined) out.push({ name, model, tier: name });
      continue;
    }
    if (config.models[name] === undefined) continue;
    const on = Object.entries(config.tiers).find(([, t]) => t.models.includes(name));
    if (on) out.push({ name, model: name, tier: on[0] });
  }
  return out;
}

/**
 * Cross-reference problems of every rule's `learn`, for the config schema's refinement: each
 * name in `cheaper` must be a model or a tier, and a model must be on some tier. (Whether each
 * is really cheaper, and allowed for the risks named, is `config/check-learn.ts`.)
 */
export function learnIssues(
  config: ConfigView & {
    readonly rules: readonly { readonly learn?: LearnPolicy | undefined }[];
  },
): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  config.rules.forEach((rule, i) => {
    rule.learn?.cheaper.forEach((name, j) => {
      const path = ['rules', i, 'learn', 'cheaper', j];
      if (config.tiers[name] === undefined && config.models[name] === undefined)
        issues.push({ path, message: `no model or tier named "${name}"` });
      else if (learnCandidates([name], config).length === 0)
        issues.push({ path, message: `model "${name}" is on no tier, so nothing can run it` });
    });
  });
  return issues;
}
