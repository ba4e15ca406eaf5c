import { z } from 'zod';
import { Slug } from '../core/work.js';

/** What one risk level allows and requires. Absent fields allow everything, require nothing. */
export const RiskLevelPolicy = z
  .object({
    tiers: z
      .array(Slug)
      .min(1)
      .optional()
      .describe('Tiers work of this risk may run on; absent: every tier'),
    gates: z.array(Slug).default([]).describe('Gates every piece of work of this risk passes'),
    approvers: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Counting approvals the work needs before it may be merged'),
    cascade: z
      .boolean()
      .optional()
      .describe(
        'May a cascade (fallback: escalate-on-gate-fail) try a cheaper tier first? Absent: yes for low and medium, no for high',
      ),
  })
  .strict();
export type RiskLevelPolicy = z.output<typeof RiskLevelPolicy>;

const EMPTY_LEVEL = { gates: [], approvers: 0 } as const;

/**
 * `risk:` in the config: globs that raise a task's risk when the task names a matching path,
 * and per risk level the tiers allowed, gates required and approvals needed. Whether the
 * requester may approve stays in `signoff.requesterMayApprove` (one place for it).
 */
export const RiskPolicy = z
  .object({
    paths: z
      .object({
        medium: z.array(z.string().min(1)).default([]),
        high: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ medium: [], high: [] })
      .describe('Globs: a task naming a matching path is at least this risk'),
    levels: z
      .object({
        low: RiskLevelPolicy.prefault({}),
        medium: RiskLevelPolicy.prefault({}),
        high: RiskLevelPolicy.prefault({}),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});
export type RiskPolicy = z.output<typeof RiskPolicy>;

/** Whether a cascade may apply to work of this risk: the level's `cascade`, else never for high. */
export function cascadeAllowed(policy: RiskPolicy, risk: 'low' | 'medium' | 'high'): boolean {
  return policy.levels[risk].cascade ?? risk !== 'high';
}

/** The policy a config without `risk:` has: nothing raised, nothing forbidden. */
export const NO_RISK_POLICY: RiskPolicy = {
  paths: { medium: [], high: [] },
  levels: {
    low: { ...EMPTY_LEVEL, gates: [] },
    medium: { ...EMPTY_LEVEL, gates: [] },
    high: { ...EMPTY_LEVEL, gates: [] },
  },
};
