import { z } from 'zod';

/** Identifier shape shared by personas, rules, models, tiers, gates and kinds: lower-kebab. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens (kebab-case)');

/** By-hand size of a piece of work, as a person would estimate it. */
export const Size = z.enum(['S', 'M', 'L']);
export type Size = z.infer<typeof Size>;

/** Risk tier of a piece of work: decides how much checking and which tier it may use. */
export const Risk = z.enum(['low', 'medium', 'high']);
export type Risk = z.infer<typeof Risk>;

/** What the work is about, for the ledger and for reports. */
export const WorkInfo = z.object({
  kind: Slug,
  risk: Risk,
  client: z.string().optional(),
  size: Size.optional(),
});
export type WorkInfo = z.infer<typeof WorkInfo>;
