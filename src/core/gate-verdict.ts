import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** One thing a gate found. `error` findings fail the gate; the rest are advice. */
export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  path: z.string().optional(),
  line: z.number().int().positive().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** What a gate decided about one attempt. */
export const GateVerdict = z.object({
  gate: z.string(),
  pass: z.boolean(),
  findings: z.array(Finding),
  durationMs: z.number().nonnegative(),
});
export type GateVerdict = z.infer<typeof GateVerdict>;
