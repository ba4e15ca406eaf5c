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
  /** Where in a page: the checker's CSS selector (accessibility). */
  selector: z.string().optional(),
  /** The WCAG success criteria the rule maps to, e.g. `1.1.1`. */
  wcag: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** What a gate decided about one attempt. */
export const GateVerdict = z.object({
  gate: z.string(),
  pass: z.boolean(),
  findings: z.array(Finding),
  durationMs: z.number().nonnegative(),
  /** Each checker the gate ran and its version, for the ledger. */
  checkers: z.array(z.object({ name: z.string(), version: z.string() })).optional(),
  /** Rules the gate could not check in this run, and why (e.g. no browser for contrast). */
  notChecked: z.array(z.object({ rule: z.string(), reason: z.string() })).optional(),
});
export type GateVerdict = z.infer<typeof GateVerdict>;
