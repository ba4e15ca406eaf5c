import { describe, expect, it } from 'vitest';
import { asCellEntry } from '../../src/reports/cell-entry.js';
import { buildCells, wilsonLowerBound } from '../../src/reports/cells.js';
import { outcomeEntries, type CellSpec } from '../support/outcome-ledger.js';

const cheap: CellSpec = {
  rule: 'audit',
  persona: 'auditor',
  model: 'local-llama',
  tier: 'local',
  kind: 'content-audit',
  size: 'S',
  accepted: 7,
  rejected: 1,
  reverted: 1,
  unsigned: 1,
  failed: 2,
  open: 3,
  sentBack: 4,
  callMicros: 1_000,
  reviewMinutes: 6,
};
const dear: CellSpec = {
  ...cheap,
  model: 'premium-gpt',
  tier: 'premium',
  accepted: 9,
  rejected: 1,
  reverted: 0,
  unsigned: 0,
  failed: 0,
  open: 0,
  sentBack: 0,
  callMicros: 250_000,
  reviewMinutes: 3,
};

describe('outcome cells', () => {
  it('counts each cell as the spec says', async () => {
    const table = await buildCells(outcomeEntries([cheap, dear]).map(asCellEntry), {
      reviewHourlyRateMicros: 60_000_000, // $60/h: $1 a minute
    });
    expect(table.tasks).toBe(25);
    const c = table.cells.find((x) => x.model === 'local-llama');
    expect(c).toMatchObject({
      rule: 'audit',
      persona: 'auditor',
      kind: 'content-audit',
      size: 'S',
      tasks: 15,
      // 13 delivered tasks: 4 of them twice; the 2 failed ones once.
      attempts: 15 + 4,
      rework: 4,
      gated: 13,
      firstPass: 9,
      decided: 7 + 1 + 1 + 1 + 2,
      accepted: 7,
      acceptedUnsigned: 1,
      rejected: 1,
      reverted: 1,
      failed: 2,
      callMicros: 19 * 1_000,
      // Signed off: accepted 7 + rejected 1 + reverted 1 (the unsigned one has no sign-off).
      reviewMinutes: 9 * 6,
      reviewMicros: 9 * 6 * 1_000_000,
    });
    expect(c?.acceptance).toBeCloseTo(7 / 12, 12);
    expect(c?.firstPassRate).toBeCloseTo(9 / 13, 12);
    expect(c?.spendMicros).toBe(19_000 + 54_000_000);
    // Exact micro-dollars, rounded half up: 54,019,000 / 7 = 7,717,000.
    expect(c?.costPerAcceptedMicros).toBe(7_717_000);
    const d = table.cells.find((x) => x.model === 'premium-gpt');
    expect(d).toMatchObject({ tasks: 10, decided: 10, accepted: 9, rework: 0, firstPass: 10 });
    expect(d?.costPerAcceptedMicros).toBe(Math.round((10 * 250_000 + 30_000_000) / 9));
  });

  it('gives the Wilson lower bound at one-sided 95%', () => {
    // As statsmodels proportion_confint(90, 100, alpha=0.10, method="wilson") gives: 0.83964.
    expect(wilsonLowerBound(90, 100)).toBeCloseTo(0.83964, 4);
    expect(wilsonLowerBound(0, 10)).toBe(0);
    expect(wilsonLowerBound(10, 10)).toBeCloseTo(0.78706, 4);
    expect(wilsonLowerBound(0, 0)).toBeNull();
    // More samples at the same rate raise the bound.
    expect(wilsonLowerBound(9, 10)!).toBeLessThan(wilsonLowerBound(90, 100)!);
  });
});
