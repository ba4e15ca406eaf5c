import { z } from 'zod';
import { Slug } from '../core/work.js';

/**
 * `classify:` in the config: when labels, issue-form fields and named paths leave the kind
 * open, ask this model (on the cheapest tier) for a kind and a confidence. Below
 * `minConfidence` the plan asks a person, listing the candidates.
 */
export const ClassifyPolicy = z
  .object({
    model: Slug.describe('The model that classifies (a key of `models`)'),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .default(0.7)
      .describe('Below this the plan asks a person instead of taking the classifier’s kind'),
  })
  .strict();
export type ClassifyPolicy = z.output<typeof ClassifyPolicy>;
