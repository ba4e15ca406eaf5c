import { z } from 'zod';

/** A model on a tier: where the written rule sends the work, or where learning moves it. */
const Placement = z.object({ model: z.string(), tier: z.string() });

/** The figures of one outcome cell that a learned route rests on (reports/cells.ts). */
export const CellEvidence = z.object({
  /** The name in `learn.cheaper` this candidate came from. */
  name: z.string(),
  model: z.string(),
  tier: z.string(),
  /** The cell key: rule, persona, model, kind, size. */
  cell: z.object({
    rule: z.string(),
    persona: z.string(),
    model: z.string(),
    kind: z.string(),
    size: z.string(),
  }),
  tasks: z.number().int().nonnegative(),
  decided: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  acceptance: z.number().min(0).max(1).nullable(),
  acceptanceLB: z.number().min(0).max(1).nullable(),
  firstPassRate: z.number().min(0).max(1).nullable(),
  costPerAcceptedMicros: z.number().int().nonnegative().nullable(),
  /** Whether the cell meets the clause's minSamples and minAcceptanceLB. */
  meets: z.boolean(),
});
export type CellEvidence = z.infer<typeof CellEvidence>;

/**
 * What a rule's `learn` clause did for one plan: the written route, the candidate chosen (if
 * any), whether it was applied or only advised, and the cells it rests on. Kept in the plan and
 * in the `planned` entry, so the override and its evidence are part of the record.
 */
export const LearnRecord = z.object({
  /** The rule whose clause this is (the trace names it too). */
  rule: z.string(),
  mode: z.enum(['advise', 'apply']),
  /** True when the plan runs on `to` because of the clause. */
  applied: z.boolean(),
  from: Placement,
  /** The model that qualified (applied, or suggested under advise); absent when none did. */
  to: Placement.optional(),
  minSamples: z.number().int().positive(),
  minAcceptanceLB: z.number().min(0).max(1),
  lbMethod: z.string(),
  evidence: z.array(CellEvidence),
  /** One line: what the clause did and why. */
  why: z.string(),
});
export type LearnRecord = z.infer<typeof LearnRecord>;
