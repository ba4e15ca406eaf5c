import { z } from 'zod';
import { Risk, Slug } from '../core/work.js';

/**
 * `shadow:` in the config: on a share of tasks of the listed risks, a cheaper model also
 * answers. Its answer goes through the deterministic gates only (never the reviewer), is never
 * delivered, and is recorded as a `shadow` entry (pipeline/shadow-run.ts), so the outcome
 * cells fill without client risk. Which tasks: a hash of the task id (reproducible).
 */
export const ShadowPolicy = z
  .object({
    share: z
      .number()
      .min(0)
      .max(1)
      .describe('The share of eligible tasks that get a shadow run (0 to 1), chosen by task id'),
    model: Slug.optional().describe('The cheaper model that answers in the shadow (a model id)'),
    tier: Slug.optional().describe('Or a tier: its first model answers in the shadow'),
    risks: z
      .array(Risk.exclude(['high']))
      .min(1)
      .default(['low'])
      .describe('Risks whose tasks may be shadowed; never high'),
  })
  .strict()
  .refine((s) => (s.model === undefined) !== (s.tier === undefined), {
    message: 'name either `model` or `tier` for the shadow, not both and not neither',
  });
export type ShadowPolicy = z.output<typeof ShadowPolicy>;

/** Cross-references of `shadow:`: the model or tier it names must be configured. */
export function shadowPolicyIssues(config: {
  readonly shadow?: ShadowPolicy | undefined;
  readonly models: Readonly<Record<string, unknown>>;
  readonly tiers: Readonly<Record<string, unknown>>;
}): { path: (string | number)[]; message: string }[] {
  const s = config.shadow;
  if (!s) return [];
  if (s.model !== undefined && !config.models[s.model])
    return [{ path: ['shadow', 'model'], message: `no model named "${s.model}"` }];
  if (s.tier !== undefined && !config.tiers[s.tier])
    return [{ path: ['shadow', 'tier'], message: `no tier named "${s.tier}"` }];
  return [];
}
