import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../src/reports/report-entry.js';
import { buildReport } from '../../src/reports/report.js';
import { headlineFigures } from '../../src/reports/report-summary.js';
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

  it('says where review minutes came from: recorded, the kind’s estimate, or none at all', async () => {
    const recorded = signoff({ reviewMinutes: 20 });
    const waited = signoff({ minutesToApproval: 90 });
    const other = {
      ...signoff({}),
      work: { kind: 'proofreading', client: 'acme' },
    } as unknown as ReportEntry;
    const r = await buildReport([recorded, waited, other], {
      pricing: { ...PRICING, reviewMinutesByKind: new Map([['writing', 15]]) },
    });
    expect(r.total).toMatchObject({
      reviewSeconds: (20 + 15) * 60,
      reviewEstimated: 1,
      reviewUnmeasured: 1,
    });
    const review = headlineFigures(r).find((f) => f.id === 'review');
    expect(review?.detail).toContain("1 sign-off at the kind's estimated review minutes");
    expect(review?.detail).toContain('1 sign-off with no review minutes, counted as 0');
    expect(review?.detail).toContain('kinds.<kind>.reviewMinutes');

    const allRecorded = await buildReport([recorded], { pricing: PRICING });
    expect(headlineFigures(allRecorded).find((f) => f.id === 'review')?.detail).toBe(
      '$40.00 at $120.00/h',
    );
  });
});

describe('useful outcomes', () => {
  const base = {
    work: { kind: 'writing', client: 'acme' },
    rule: { id: 'writing-in-voice' },
  };
  const entry = (task: string, at: string, rest: Record<string, unknown>): ReportEntry =>
    ({ ...base, task, at, ...rest }) as unknown as ReportEntry;
  const call = (task: string, at: string, micros: number) =>
    entry(task, at, {
      event: 'attempt',
      actor: {
        type: 'model',
        provider: 'openai',
        model: 'gpt',
        modelId: 'premium-gpt',
        persona: 'editor',
        tier: 'premium',
        scripted: false,
      },
      usage: { inputTokens: 1, outputTokens: 1, cachedInputTokens: 0, durationMs: 1 },
      cost: { billing: 'api', actualMicros: micros, shadowMicros: micros },
      data: { attempt: 1, outcome: 'ok', decision: 'done' },
    });
  const delivered = (task: string, at: string) =>
    entry(task, at, {
      event: 'delivered',
      actor: { type: 'system', component: 'deliver' },
      estimate: { minutes: 120 },
    });
  const signed = (task: string, at: string) =>
    entry(task, at, {
      event: 'signoff',
      actor: { type: 'human', login: 'lead' },
      data: { counts: true, approved: true, reviewMinutes: 0 },
    });
  const accepted = (task: string, at: string) =>
    entry(task, at, {
      event: 'outcome',
      actor: { type: 'human', login: 'lead' },
      data: { outcome: 'accepted' },
    });

  it('a re-run task is one delivery, one outcome and its by-hand minutes once; every call still costs', async () => {
    const t = 'acme/site#1';
    const r = await buildReport(
      [
        call(t, '2026-11-01T09:00:00.000Z', 1_000_000),
        delivered(t, '2026-11-01T09:01:00.000Z'),
        signed(t, '2026-11-01T10:00:00.000Z'),
        accepted(t, '2026-11-01T11:00:00.000Z'),
        call(t, '2026-11-02T09:00:00.000Z', 3_000_000), // the re-run
        delivered(t, '2026-11-02T09:01:00.000Z'),
        accepted(t, '2026-11-02T11:00:00.000Z'),
      ],
      { pricing: PRICING },
    );
    expect(r.total).toMatchObject({
      tasks: 1,
      delivered: 1,
      accepted: 1,
      signedOff: 1,
      byHandMinutes: 120,
      actualMicros: 4_000_000,
      costPerAcceptedMicros: 4_000_000,
    });
  });

  it('a merge nobody signed off is not a useful outcome, and is shown as such', async () => {
    const r = await buildReport(
      [
        call('acme/site#2', '2026-11-01T09:00:00.000Z', 2_000_000),
        delivered('acme/site#2', '2026-11-01T09:01:00.000Z'),
        accepted('acme/site#2', '2026-11-01T11:00:00.000Z'),
      ],
      { pricing: PRICING },
    );
    expect(r.total).toMatchObject({ accepted: 0, acceptedUnsigned: 1, signedOff: 0 });
    expect(r.total.costPerAcceptedMicros).toBeNull();
  });
});
