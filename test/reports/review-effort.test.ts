import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../src/reports/report-entry.js';
import { buildReport } from '../../src/reports/report.js';
import { PRICING } from '../ledger/fixture-ledger.js';

/** A sign-off on a PR that sat open three days ($120/h review rate in PRICING). */
function signoff(data: { minutesToApproval?: number; reviewMinutes?: number }): ReportEntry {
  return {
    task: 'acme/site#9',
    at: '2026-11-05T10:00:00.000Z',
    work: { kind: 'writing', client: 'acme' },
    rule: { id: 'writing-in-voice' },
    event: 'signoff',
    actor: { type: 'human', login: 'lead' },
    data,
  } as unknown as ReportEntry;
}

describe('review cost is review effort, not waiting time', () => {
  it('a PR approved after three days with 20 minutes of review costs 20 minutes, not $8,640', async () => {
    const r = await buildReport([signoff({ minutesToApproval: 3 * 24 * 60, reviewMinutes: 20 })], {
      pricing: PRICING,
    });
    expect(r.total.reviewSeconds).toBe(20 * 60);
    expect(r.total.reviewMicros).toBe(40_000_000); // $40 at $120/h
  });

  it('without the reviewer’s minutes: the kind’s estimate from config, else nothing — never the wait', async () => {
    const waited = signoff({ minutesToApproval: 3 * 24 * 60 });
    const none = await buildReport([waited], { pricing: PRICING });
    expect(none.total.reviewMicros).toBe(0);
    const estimated = await buildReport([waited], {
      pricing: { ...PRICING, reviewMinutesByKind: new Map([['writing', 15]]) },
    });
    expect(estimated.total.reviewSeconds).toBe(15 * 60);
    expect(estimated.total.reviewMicros).toBe(30_000_000);
  });
});
