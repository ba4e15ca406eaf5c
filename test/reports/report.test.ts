import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apportion, divideHalfUp } from '../../src/reports/apportion.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { reportFromGit } from '../../src/reports/report-from-git.js';
import { buildReport, REPORT_DIMENSIONS, type LedgerReport } from '../../src/reports/report.js';
import { pricingFromConfig } from '../../src/reports/report-pricing.js';
import { loadConfig } from '../../src/config/load-config.js';
import { PRICING, writeFixtureLedger } from '../ledger/fixture-ledger.js';

const REF = 'refs/heads/aios-ledger';

// One fixture repository for the whole file: the ledger is only read here.
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aios-report-'));
  await simpleGit(dir).init(['--initial-branch=main', '--quiet']);
  await writeFixtureLedger(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function fixtureReport(options: Parameters<typeof reportFromGit>[2] = {}): Promise<LedgerReport> {
  return reportFromGit(dir, REF, { pricing: PRICING, ...options });
}

describe('apportion', () => {
  it('splits an amount exactly, largest remainders first, ties by key', () => {
    expect(
      apportion(
        10,
        new Map([
          ['b', 1],
          ['a', 1],
          ['c', 1],
        ]),
      ),
    ).toEqual(
      new Map([
        ['a', 4],
        ['b', 3],
        ['c', 3],
      ]),
    );
    expect(
      apportion(
        10_000_000,
        new Map([
          ['x', 2],
          ['y', 1],
        ]),
      ),
    ).toEqual(
      new Map([
        ['x', 6_666_667],
        ['y', 3_333_333],
      ]),
    );
    const big = apportion(
      9_007_199_254_740,
      new Map([
        ['p', 999_983],
        ['q', 17],
      ]),
    );
    expect((big.get('p') ?? 0) + (big.get('q') ?? 0)).toBe(9_007_199_254_740);
    expect(apportion(5, new Map([['z', 0]]))).toEqual(new Map());
    expect(divideHalfUp(5, 2)).toBe(3);
    expect(divideHalfUp(122_024_450, 3)).toBe(40_674_817);
    expect(divideHalfUp(1, 0)).toBeUndefined();
  });
});

describe('the ledger report on the fixture ledger (figures computed by hand)', () => {
  it('sums everything spent and divides by accepted outcomes', async () => {
    const r = await fixtureReport({ by: 'client' });
    const t = r.total;
    expect(r.entries).toBe(38);
    expect(t.tasks).toBe(8);
    expect(t.calls).toBe(9);
    expect(t.failedCalls).toBe(1);
    expect(t.scriptedCalls).toBe(1);
    // premium: 1000×1.25 + 500×10 = 6,250 and 2000×1.25 + 1000×10 = 12,500; local runner
    // time 30 s and 12 s at 100 µ$/s = 3,000 + 1,200; the declined call 400×1.25 + 100×10 = 1,500.
    expect(t.actualMicros).toBe(6_250 + 12_500 + 3_000 + 1_200 + 1_500);
    // Review: 30 + 15 + 6 minutes at $120/h = $60 + $30 + $12.
    expect(t.reviewSeconds).toBe(51 * 60);
    expect(t.reviewMicros).toBe(102_000_000);
    // Seats: copilot-gpt used in Nov (tasks 2, 3) and Dec (task 8): two months of $10.
    expect(t.seatMicros).toBe(20_000_000);
    expect(t.spendMicros).toBe(24_450 + 20_000_000 + 102_000_000);
    expect(t.accepted).toBe(3);
    expect(t.rejected).toBe(1);
    // 122,024,450 ÷ 3 = 40,674,816.67 → half up.
    expect(t.costPerAcceptedMicros).toBe(40_674_817);
    expect(r.costPerAcceptedMicros).toBe(40_674_817);
    // Every non-scripted call's tokens at premium prices.
    expect(t.premiumMicros).toBe(18_750 + 15_000 + 3_250 + 625 + 4_000 + 1_500 + 1_125);
    expect(t.savingsMicros).toBe(44_250 - (24_450 + 20_000_000));
    expect(t.delivered).toBe(5);
    expect(t.byHandMinutes).toBe(120 + 150 + 45 + 60 + 45);
    expect(t.byHandMicros).toBe(840_000_000);
    expect([t.asked, t.askedTasks, t.declined, t.failed]).toEqual([2, 2, 1, 0]);
    expect([t.gatedAttempts, t.sentBack]).toEqual([6, 1]);
  });

  it('splits by client exactly, seats shared over the month’s tasks', async () => {
    const r = await fixtureReport({ by: 'client' });
    const acme = r.rows.find((x) => x.key === 'acme');
    const globex = r.rows.find((x) => x.key === 'globex');
    expect(acme).toMatchObject({
      tasks: 5,
      actualMicros: 20_250,
      seatMicros: 5_000_000,
      reviewMicros: 90_000_000,
      spendMicros: 95_020_250,
      accepted: 1,
      costPerAcceptedMicros: 95_020_250,
    });
    expect(globex).toMatchObject({
      tasks: 3,
      actualMicros: 4_200,
      seatMicros: 15_000_000,
      reviewMicros: 12_000_000,
      spendMicros: 27_004_200,
      accepted: 2,
      costPerAcceptedMicros: 13_502_100,
    });
    expect(r.seats).toEqual([
      {
        model: 'copilot-gpt',
        month: '2026-11',
        feeMicros: 10_000_000,
        chargedMicros: 10_000_000,
        tasks: 2,
      },
      {
        model: 'copilot-gpt',
        month: '2026-12',
        feeMicros: 10_000_000,
        chargedMicros: 10_000_000,
        tasks: 1,
      },
    ]);
  });

  it('adds every dimension up to the total, to the micro-dollar', async () => {
    const r = await fixtureReport();
    for (const d of REPORT_DIMENSIONS) {
      const rows = r.breakdowns[d];
      for (const field of [
        'spendMicros',
        'actualMicros',
        'seatMicros',
        'reviewMicros',
        'premiumMicros',
        'accepted',
        'calls',
        'delivered',
      ] as const)
        expect(
          rows.reduce((s, x) => s + x[field], 0),
          `${d}.${field}`,
        ).toBe(r.total[field]);
    }
    const model = Object.fromEntries(r.breakdowns.model.map((x) => [x.key, x]));
    expect(model['copilot-gpt']).toMatchObject({
      seatMicros: 20_000_000,
      reviewMicros: 42_000_000,
      calls: 3,
    });
    expect(model['premium-gpt']).toMatchObject({
      actualMicros: 20_250,
      reviewMicros: 60_000_000,
      accepted: 1,
    });
    expect(model['local-llama']).toMatchObject({ actualMicros: 4_200, accepted: 1 });
    expect(model['scripted']).toMatchObject({ scriptedCalls: 1, premiumMicros: 0, delivered: 1 });
    expect(model['(no model)']).toMatchObject({ tasks: 1, asked: 1 });
    const tier = Object.fromEntries(r.breakdowns.tier.map((x) => [x.key, x]));
    expect(tier['(unrouted)']).toMatchObject({ tasks: 1, askedTasks: 1 });
    expect(tier['flat']?.seatMicros).toBe(20_000_000);
  });

  it('charges a client its share of each seat month under --client', async () => {
    const r = await fixtureReport({ filter: { client: 'globex' } });
    expect(r.entries).toBe(16);
    expect(r.total.tasks).toBe(3);
    // November's $10 is shared with acme (one task each); December's is globex's alone.
    expect(r.total.seatMicros).toBe(5_000_000 + 10_000_000);
    expect(r.total.spendMicros).toBe(27_004_200);
    expect(r.seats.map((s) => s.chargedMicros)).toEqual([5_000_000, 10_000_000]);
  });

  it('follows acceptance, send-back and ask rates by month (drift) and honours the window', async () => {
    const r = await fixtureReport();
    expect(r.drift).toEqual([
      {
        month: '2026-11',
        accepted: 2,
        decided: 3,
        acceptanceRate: 2 / 3,
        gatedAttempts: 4,
        sentBack: 1,
        sendBackRate: 0.25,
        tasks: 3,
        askedTasks: 0,
        askRate: 0,
      },
      {
        month: '2026-12',
        accepted: 1,
        decided: 1,
        acceptanceRate: 1,
        gatedAttempts: 2,
        sentBack: 0,
        sendBackRate: 0,
        tasks: 5,
        askedTasks: 2,
        askRate: 0.4,
      },
    ]);
    const dec = await fixtureReport({ filter: { since: new Date('2026-12-01T00:00:00Z') } });
    expect(dec.total.tasks).toBe(5);
    expect(dec.total.seatMicros).toBe(10_000_000);
    expect(dec.total.spendMicros).toBe(3_000 + 1_200 + 1_500 + 10_000_000);
    const nov = await fixtureReport({ filter: { until: new Date('2026-12-01T00:00:00Z') } });
    expect(nov.total.spendMicros + dec.total.spendMicros).toBe(122_024_450);
  });

  it('reads the same figures through the fast path as through the full schema', async () => {
    const fast = await reportFromGit(dir, REF, { pricing: PRICING, by: 'persona' });
    const full = await buildReport(readLedger(dir, REF), { pricing: PRICING, by: 'persona' });
    expect(fast).toEqual(full);
  });

  it('takes the premium model and prices from the config, and refuses an unknown --premium', async () => {
    const { config } = await loadConfig({});
    const p = pricingFromConfig(config);
    expect(p.premium?.modelId).toBe('premium-gpt');
    expect(p.reviewHourlyRateMicros).toBe(120_000_000);
    expect(p.seats).toEqual(new Map([['copilot-gpt', 10_000_000]]));
    expect(() => pricingFromConfig(config, 'nope')).toThrow(/no model by that id/);
    expect(() => pricingFromConfig(config, 'copilot-gpt')).toThrow(/no per-token price/);
  });
});
