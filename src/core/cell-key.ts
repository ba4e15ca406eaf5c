/**
 * How an outcome cell is named, shared by the cells (reports/cells.ts), a `learn` clause's
 * lookup and the replay (routing/): one key, so a field added to it reaches every reader. Kept
 * apart from the cells so the routing path does not load the report code to build a key.
 */

/**
 * The acceptance lower bound used everywhere (cells, learn, replay): the Wilson score interval's
 * lower end at one-sided 95% confidence (z = 1.6449). Named in every output that shows it.
 */
export const ACCEPTANCE_LB_METHOD = 'wilson-score-lower-95-one-sided' as const;

const SEP = '\u0000';

/** The map key of a cell: (rule, persona, model, kind, size). */
export function cellId(k: {
  readonly rule: string;
  readonly persona: string;
  readonly model: string;
  readonly kind: string;
  readonly size: string;
}): string {
  return `${k.rule}${SEP}${k.persona}${SEP}${k.model}${SEP}${k.kind}${SEP}${k.size}`;
}
