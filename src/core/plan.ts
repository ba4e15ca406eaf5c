import { z } from 'zod';
import { LearnRecord } from './learn-record.js';
import { Risk, Size, Slug } from './work.js';

/** Why one rule did or did not fire, for the routing explanation. */
export const RuleTrace = z.object({
  rule: z.string(),
  matched: z.boolean(),
  why: z.string(),
});
export type RuleTrace = z.infer<typeof RuleTrace>;

/** By-hand estimate and where the number came from. */
export const ByHandEstimate = z.object({
  minutes: z.number().int().positive(),
  source: z.string(),
});
export type ByHandEstimate = z.infer<typeof ByHandEstimate>;

/** Where each classified field came from: the task, labels, issue form, paths, classifier. */
export const FieldSource = z.enum([
  'task',
  'labels',
  'issue-form',
  'paths',
  'classifier',
  'default',
]);
export const ClassifiedFrom = z.object({
  kind: FieldSource,
  client: FieldSource,
  estimate: FieldSource,
  /** The classifier's confidence when it named the kind. */
  confidence: z.number().min(0).max(1).optional(),
});
export type ClassifiedFrom = z.infer<typeof ClassifiedFrom>;

/**
 * The router's decision for one task: which persona on which tier, through which gates, under
 * which rule. It is carried between jobs as an artifact, so it is a schema, not just a type.
 */
export const Plan = z.object({
  task: z.string(),
  kind: Slug,
  risk: Risk,
  size: Size,
  client: z.string().optional(),
  rule: z.object({ id: z.string(), reason: z.string() }),
  configHash: z.string(),
  persona: Slug,
  tier: Slug,
  models: z.array(Slug).min(1),
  fallback: z.enum(['any', 'same-or-cheaper', 'none']),
  gates: z.array(Slug),
  maxAttempts: z.number().int().positive(),
  approvers: z.array(z.string()),
  byHand: ByHandEstimate,
  /** A person chose the persona instead of the router (`/aios route`); recorded as such. */
  overriddenBy: z.string().optional(),
  /** Who answers for the rule that fired (the rule's `owner`, else the config's); named in the PR. */
  owner: z.string().optional(),
  trace: z.array(RuleTrace),
  /** Where kind, client and estimate came from (routing/classify-task.ts). */
  classified: ClassifiedFrom.optional(),
  /** What the rule's `learn` clause advised or applied, with its evidence (routing/learn-apply.ts). */
  learn: LearnRecord.optional(),
  /**
   * A cascade (`fallback: escalate-on-gate-fail`): the dearer tiers, in order, the work moves to
   * when a deterministic gate fails on the tier before (pipeline/cascade-step.ts).
   */
  cascade: z.array(z.object({ tier: Slug, models: z.array(Slug).min(1) })).optional(),
});
export type Plan = z.infer<typeof Plan>;

/** The router either routes or asks a human. It never guesses. */
export type RouteDecision =
  | { readonly type: 'route'; readonly plan: Plan }
  | {
      readonly type: 'ask';
      readonly reason: string;
      readonly questions: readonly string[];
      readonly trace: readonly RuleTrace[];
      readonly kind: string | undefined;
    };
