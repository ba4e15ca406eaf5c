import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { asCellEntry } from '../../src/reports/cell-entry.js';
import { buildCells } from '../../src/reports/cells.js';
import { paretoFrontier, replayRouting } from '../../src/routing/route-replay.js';
import { outcomeEntries, type CellSpec } from '../support/outcome-ledger.js';
import { LEARN_CONFIG } from './learn-config.js';

const config = parseConfig(LEARN_CONFIG, 'aios.yml').config;
const spec = (
  rule: string,
  kind: string,
  model: string,
  tier: string,
  accepted: number,
  rejected: number,
  callMicros: number,
): CellSpec => ({
  rule,
  persona: 'editor',
  model,
  tier,
  kind,
  size: 'S',
  accepted,
  rejected,
  callMicros,
});

/**
 * Ground truth: on easy work both models are accepted 90% of the time; on hard work the local
 * model 20%, premium 90%. 100 tasks per cell, local calls $0.001, premium $0.05.
 *   all-cheap acceptance = (90+90+20+20)/400 = 0.55, cost 400 × 1,000 = 400,000 µ$
 *   all-premium          = 360/400 = 0.9,            cost 400 × 50,000 = 20,000,000 µ$
 * Hard tasks gain 0.7 each on premium, easy ones nothing: a best-first router sends hard first.
 *   80% of all-premium = 0.72 → 288 accepted: (288 − 220)/0.7 = 97.1 → 98 tasks = 24.5%
 *   95% of all-premium = 0.855 → 342: (342 − 220)/0.7 = 174.3 → 175 tasks = 43.75%
 *   50% of all-premium = 0.45 ≤ 0.55: no premium call needed
 *   gap (CPT) 50% = 0.725 → 100 tasks; 80% = 0.83 → 160; 95% = 0.8825 → 190
 * The config routes both to premium but easy-rule's `learn: apply` (LB(90/100) = 0.8396 ≥ 0.8,
 * 100 ≥ 20 samples) moves easy work to local: acceptance 0.9 at 200 × 1,000 + 200 × 50,000.
 */
const SPECS = [
  spec('easy-rule', 'easy', 'local-llama', 'local', 90, 10, 1_000),
  spec('easy-rule', 'easy', 'premium-gpt', 'premium', 90, 10, 50_000),
  spec('hard-rule', 'hard', 'local-llama', 'local', 20, 80, 1_000),
  spec('hard-rule', 'hard', 'premium-gpt', 'premium', 90, 10, 50_000),
];

describe('aios route replay on a generated ledger with known answers', () => {
  it('gives the premium share for 50/80/95% of all-premium acceptance, and the frontier', async () => {
    const table = await buildCells(outcomeEntries(SPECS).map(asCellEntry));
    const r = replayRouting(table, config);
    expect(r.premium).toBe('premium-gpt');
    expect(r.replayedTasks).toBe(400);
    expect(r.skipped).toEqual({ noPremiumEstimate: 0, noCheaperEstimate: 0 });
    expect(r.allCheap.acceptance).toBeCloseTo(0.55, 12);
    expect(r.allCheap.costMicros).toBe(400_000);
    expect(r.allPremium.acceptance).toBeCloseTo(0.9, 12);
    expect(r.allPremium.costMicros).toBe(20_000_000);
    expect(r.premiumShareFor.map((s) => s.premiumTasks)).toEqual([0, 98, 175]);
    expect(r.premiumShareFor.map((s) => s.premiumShare)).toEqual([0, 0.245, 0.4375]);
    expect(r.premiumShareForGap.map((s) => s.premiumTasks)).toEqual([100, 160, 190]);
    expect(r.config).toMatchObject({ learnApplied: 200, unestimated: 0, premiumShare: 0.5 });
    expect(r.config.acceptance).toBeCloseTo(0.9, 12);
    expect(r.config.costMicros).toBe(200 * 1_000 + 200 * 50_000);
    // Frontier: all-cheap, half the hard work on premium, then all of it (the config's point).
    expect(r.frontier.map((p) => [p.costMicros, Number(p.acceptance.toFixed(6))])).toEqual([
      [400_000, 0.55],
      [400_000 + 100 * 49_000, 0.725],
      [10_200_000, 0.9],
    ]);
    expect(r.frontier[2]?.policy).toBe('config');
    // Lower-bound thresholds: 0.5–0.8 keep easy work local (LB 0.8396); 0.9 sends all to premium.
    const byT = new Map(r.thresholds.map((t) => [t.minAcceptanceLB, t]));
    expect(byT.get(0.8)?.costMicros).toBe(10_200_000);
    expect(byT.get(0.9)?.costMicros).toBe(20_000_000);
    // The curve starts all-cheap and ends all-premium.
    expect(r.curve[0]?.costMicros).toBe(400_000);
    expect(r.curve.at(-1)?.acceptance).toBeCloseTo(0.9, 12);
  });

  it('follows the ground truth when the rates change (a second generated ledger)', async () => {
    // Cheap 60% on both kinds, premium 100% on hard, 60% on easy: gains only on hard work.
    // all-cheap = 0.6, all-premium = (60+60+100+100)/400 = 0.8; 95% → 0.76 → 304 accepted:
    // (304 − 240)/0.4 = 160 tasks = 40%.
    const specs = [
      spec('easy-rule', 'easy', 'local-llama', 'local', 60, 40, 10),
      spec('easy-rule', 'easy', 'premium-gpt', 'premium', 60, 40, 20),
      spec('hard-rule', 'hard', 'local-llama', 'local', 60, 40, 10),
      spec('hard-rule', 'hard', 'premium-gpt', 'premium', 100, 0, 20),
    ];
    const r = replayRouting(await buildCells(outcomeEntries(specs).map(asCellEntry)), config);
    expect(r.allPremium.acceptance).toBeCloseTo(0.8, 12);
    expect(r.premiumShareFor[2]).toMatchObject({ premiumTasks: 160, premiumShare: 0.4 });
    // LB(60/100) = 0.52 < 0.8: the learn clause keeps easy work on premium.
    expect(r.config.learnApplied).toBe(0);
    expect(r.config.costMicros).toBe(400 * 20);
  });

  it('routes the config point as the router would: a switched-off tier reroutes, a missing rule is counted', async () => {
    const table = await buildCells(outcomeEntries(SPECS).map(asCellEntry));
    // premium off: same-or-cheaper falls back to the nearest cheaper tier, flat (flat-gpt),
    // which has no cells: hard tasks keep their own model's estimate and are counted; easy-rule's
    // clause still moves easy work to local-llama.
    const off = parseConfig(
      LEARN_CONFIG.replace(
        'premium: { models: [premium-gpt] }',
        'premium: { models: [premium-gpt], enabled: false }',
      ),
      'a.yml',
    ).config;
    const r = replayRouting(table, off, { premium: 'premium-gpt' });
    expect(r.config.learnApplied).toBe(200);
    expect(r.config.unestimated).toBe(200);
    const noHard = { ...config, rules: config.rules.filter((x) => x.id !== 'hard-rule') };
    expect(replayRouting(table, noHard).config.unestimated).toBe(200);
  });

  it('never sends a task to the cheaper model under a threshold on a pooled estimate, as learn does not', async () => {
    // easy-rule's hard work has its own local cell (100/100); hard-rule's has none, so its local
    // estimate is easy-rule's cell pooled over kind and size (LB(100/100) = 0.963 ≥ 0.9).
    const specs = [
      spec('easy-rule', 'hard', 'local-llama', 'local', 100, 0, 1_000),
      spec('easy-rule', 'hard', 'premium-gpt', 'premium', 90, 10, 50_000),
      spec('hard-rule', 'hard', 'premium-gpt', 'premium', 90, 10, 50_000),
    ];
    const r = replayRouting(await buildCells(outcomeEntries(specs).map(asCellEntry)), config);
    // Every cell's tasks are replayed: easy-rule's on local and on premium, hard-rule's.
    expect(r.replayedTasks).toBe(300);
    expect(r.pooledEstimates).toBe(100);
    const at09 = r.thresholds.find((t) => t.minAcceptanceLB === 0.9);
    // easy-rule's 200 tasks go local on their own cell; hard-rule's 100 stay on premium.
    expect(at09?.premiumShare).toBeCloseTo(1 / 3, 12);
    expect(at09?.costMicros).toBe(200 * 1_000 + 100 * 50_000);
  });

  it('skips tasks with no premium estimate, and says so', async () => {
    const table = await buildCells(outcomeEntries([SPECS[0]!, SPECS[2]!]).map(asCellEntry));
    const r = replayRouting(table, config, { premium: 'premium-gpt' });
    expect(r.replayedTasks).toBe(0);
    expect(r.skipped.noPremiumEstimate).toBe(200);
  });

  it('keeps only points no other beats on cost and acceptance', () => {
    const p = (policy: string, costMicros: number, acceptance: number) => ({
      policy,
      premiumShare: 0,
      acceptance,
      costMicros,
      costPerAcceptedMicros: null,
    });
    expect(
      paretoFrontier([p('a', 10, 0.5), p('b', 5, 0.6), p('c', 20, 0.9), p('d', 20, 0.7)]).map(
        (x) => x.policy,
      ),
    ).toEqual(['b', 'c']);
  });
});
