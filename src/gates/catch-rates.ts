import { canonicalGateId } from './gate-catalog.js';

/**
 * The catch rate a kind's deterministic gates must have been measured at before a cascade
 * (`fallback: escalate-on-gate-fail`) may send its work to a cheaper tier first: the corpus
 * target of issue 13 (≥ 95% of seeded defects caught, `test/gates/corpus.test.ts`).
 */
export const CASCADE_CATCH_RATE_BAR = 0.95;

/**
 * Catch rates measured on the labelled corpus (`test/fixtures/gates/`), by
 * `npx vitest run test/gates/corpus.test.ts` with Chromium present; the table is in
 * docs/benchmarks.md ("Gate effectiveness"). Caught / seeded defects. The corpus test checks
 * that each figure here is no higher than what it measures, so a regression cannot leave a
 * cascade allowed on a figure the gates no longer earn. A gate not listed (markdown-lint, the
 * write policy, the reviewer) has no measured catch rate.
 */
export const MEASURED_CATCH_RATES: Readonly<Record<string, { caught: number; defects: number }>> = {
  accessibility: { caught: 28, defects: 28 },
  editorial: { caught: 19, defects: 19 },
  'code-readability': { caught: 21, defects: 21 },
  'wordpress-security': { caught: 26, defects: 26 },
};

/** A gate's measured catch rate (0–1), or undefined when it was never measured. */
export function measuredCatchRate(gate: string): number | undefined {
  const m = MEASURED_CATCH_RATES[canonicalGateId(gate)];
  return m && m.defects > 0 ? m.caught / m.defects : undefined;
}

/**
 * Whether a set of gates may stand behind a cascade: among the deterministic ones (not the
 * reviewer) at least one was measured, and every measured one meets the bar. Unmeasured gates
 * (markdown-lint) neither qualify nor disqualify: they check form, not the defects the cheaper
 * model would let through. Returns why not, or undefined when the gates qualify.
 */
export function cascadeBarProblem(
  gates: readonly string[],
  bar = CASCADE_CATCH_RATE_BAR,
): string | undefined {
  const deterministic = [...new Set(gates.map(canonicalGateId))].filter((g) => g !== 'reviewer');
  const measured = deterministic.flatMap((g) => {
    const rate = measuredCatchRate(g);
    return rate === undefined ? [] : [{ gate: g, rate }];
  });
  const pct = (r: number) => `${Math.round(r * 1000) / 10}%`;
  if (measured.length === 0)
    return `none of its deterministic gates (${deterministic.join(', ') || 'none'}) has a measured catch rate; a cascade needs one measured at ≥ ${pct(bar)} (test/gates/corpus.test.ts)`;
  const below = measured.filter((m) => m.rate < bar);
  if (below.length)
    return `${below.map((m) => `${m.gate} catches ${pct(m.rate)}`).join(', ')} of the seeded defects, under the ${pct(bar)} bar (test/gates/corpus.test.ts)`;
  return undefined;
}
