import { describe, expect, it } from 'vitest';
import type { AiosConfig, ModelConfig } from '../../src/config/config-schema.js';
import { loadConfig } from '../../src/config/load-config.js';
import { costOf } from '../../src/core/cost.js';
import { BudgetError } from '../../src/core/errors.js';
import {
  createBudgetGuard,
  DEFAULT_MAX_OUTPUT_TOKENS,
  needsPastSpend,
  worstCaseCost,
  type BudgetGuardOptions,
} from '../../src/models/budget-guard.js';
import { MonthSpend } from '../../src/ledger/month-spend.js';

const defaults = (await loadConfig()).config;
const NOW = new Date('2026-11-15T12:00:00Z');
const clock = { now: () => NOW };

/** The default config with budgets replaced (dollars given as micro-dollars). */
function configWith(budgets: Partial<AiosConfig['budgets']>): AiosConfig {
  const config = structuredClone(defaults);
  config.budgets = { ...config.budgets, ...budgets };
  return config;
}

function guard(config: AiosConfig, extra: Partial<BudgetGuardOptions> = {}) {
  const model = (id: string): ModelConfig => {
    const m = config.models[id];
    if (!m) throw new Error(`no model ${id}`);
    return m;
  };
  return createBudgetGuard({
    config,
    plan: { tier: 'premium', models: ['premium-gpt', 'copilot-gpt'] },
    task: { requestedBy: 'ann' },
    model,
    clock,
    ...extra,
  });
}

function refusal(fn: () => void): BudgetError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BudgetError) return error;
    throw error;
  }
  throw new Error('expected a BudgetError, but the call was allowed');
}

const premium = defaults.models['premium-gpt']!;
// 3,000 prompt characters → 1,000 input tokens at $1.25/M, plus 16,384 output tokens at $10/M.
const PREMIUM_3000 = 1_250 + 163_840;

describe('worstCaseCost', () => {
  it('prices input from the prompt length and output at the cap, with the ledger formula', () => {
    const e = worstCaseCost('premium-gpt', premium, 3_000, { totalMs: 600_000 });
    expect(e.usage).toEqual({
      inputTokens: 1_000,
      outputTokens: DEFAULT_MAX_OUTPUT_TOKENS,
      cachedInputTokens: 0,
      durationMs: 600_000,
    });
    expect(e.micros).toBe(PREMIUM_3000);
    expect(e.micros).toBe(
      costOf(e.usage, 'api', { model: 'premium-gpt', ...premium.price }).actualMicros,
    );
    expect(
      worstCaseCost('premium-gpt', premium, 3_000, { totalMs: 1, maxOutputTokens: 100 }).micros,
    ).toBe(1_250 + 1_000);
  });

  it('charges a local model its runner seconds for the whole total timeout, and flat seats nothing', () => {
    const local = defaults.models['local-llama']!; // $0.0001 per second
    expect(worstCaseCost('local-llama', local, 50_000, { totalMs: 600_000 }).micros).toBe(60_000);
    expect(worstCaseCost('local-llama', local, 50_000, { totalMs: 30_000 }).micros).toBe(3_000);
    const flat = defaults.models['copilot-gpt']!;
    expect(worstCaseCost('copilot-gpt', flat, 50_000, { totalMs: 600_000 }).micros).toBe(0);
  });
});

describe('createBudgetGuard', () => {
  it('allows a call that fits the task budget and refuses the one that could go over it', () => {
    const g = guard(configWith({ perTask: 200_000 }));
    g.beforeCall('premium-gpt', 3_000); // 0 + 165,090 ≤ 200,000
    g.record({ actualMicros: 50_000 });
    expect(g.taskMicros).toBe(50_000);
    const e = refusal(() => g.beforeCall('premium-gpt', 3_000)); // 50,000 + 165,090 > 200,000
    expect(e.budget).toBe('perTask');
    expect(e.message).toMatch(
      /^Not calling premium-gpt: the call could cost up to \$0\.1651 .* this task has spent \$0\.0500 of its \$0\.2000 budget \(budgets\.perTask\)\.$/,
    );
    expect(e.hint).toMatch(/budgets\.perTask/);
    // A cheaper (here: flat, free) model is still allowed on the same task.
    g.beforeCall('copilot-gpt', 3_000);
  });

  it('counts a shorter prompt as a cheaper call', () => {
    const g = guard(configWith({ perTask: PREMIUM_3000 }));
    g.beforeCall('premium-gpt', 3_000); // exactly at the budget: allowed
    expect(refusal(() => g.beforeCall('premium-gpt', 3_003)).budget).toBe('perTask');
  });

  it('compares this month’s past spend with the month budget, and ignores another month’s', () => {
    const config = configWith({ perTask: 10_000_000, perMonth: 1_000_000 });
    const spent = new MonthSpend('2026-11');
    spent.add(900_000, { tier: 'flat', person: 'bob' });
    const e = refusal(() => guard(config, { spentSoFar: spent }).beforeCall('premium-gpt', 3_000));
    expect(e.budget).toBe('perMonth');
    expect(e.message).toContain('all work this month (2026-11) has spent $0.9000 of its $1.00');

    const october = new MonthSpend('2026-10');
    october.add(900_000, { tier: 'flat', person: 'bob' });
    guard(config, { spentSoFar: october }).beforeCall('premium-gpt', 3_000);
  });

  it('holds each tier to its own monthly budget', () => {
    const config = configWith({ perTask: 10_000_000, perTier: { premium: 500_000 } });
    const spent = new MonthSpend('2026-11');
    spent.add(400_000, { tier: 'premium', person: 'bob' });
    spent.add(5_000_000, { tier: 'local', person: 'bob' });
    expect(
      refusal(() => guard(config, { spentSoFar: spent }).beforeCall('premium-gpt', 3_000)).budget,
    ).toBe('perTier');
    // The same spend does not stop a tier without a budget of its own.
    guard(config, {
      spentSoFar: spent,
      plan: { tier: 'flat', models: ['premium-gpt'] },
    }).beforeCall('premium-gpt', 3_000);
  });

  it('holds each person to the per-person monthly budget', () => {
    const config = configWith({ perTask: 10_000_000, perPersonMonth: 300_000 });
    const spent = new MonthSpend('2026-11');
    spent.add(200_000, { tier: 'premium', person: 'ann' });
    const e = refusal(() => guard(config, { spentSoFar: spent }).beforeCall('premium-gpt', 3_000));
    expect(e.budget).toBe('perPersonMonth');
    expect(e.message).toContain('work started by ann this month');
    guard(config, { spentSoFar: spent, task: { requestedBy: 'bob' } }).beforeCall(
      'premium-gpt',
      3_000,
    );
  });

  it('adds recorded calls to the shared month spend, so the next task sees them', () => {
    const config = configWith({ perTask: 10_000_000, perMonth: 400_000 });
    const spent = new MonthSpend('2026-11');
    const first = guard(config, { spentSoFar: spent });
    first.beforeCall('premium-gpt', 3_000);
    first.record({ actualMicros: 300_000 });
    expect(spent.totalMicros).toBe(300_000);
    expect(spent.tierMicros('premium')).toBe(300_000);
    expect(spent.personMicros('ann')).toBe(300_000);
    const second = guard(config, { spentSoFar: spent, task: { requestedBy: 'bob' } });
    expect(refusal(() => second.beforeCall('premium-gpt', 3_000)).budget).toBe('perMonth');
  });

  it('lets zero-cost calls past spent money budgets, but not past the call cap', () => {
    const config = configWith({ perTask: 0, perMonth: 0, maxCallsPerTask: 3 });
    const spent = new MonthSpend('2026-11');
    spent.add(5_000_000, { tier: 'flat', person: 'ann' }); // far over every money budget
    const g = guard(config, { spentSoFar: spent, plan: { tier: 'flat', models: ['copilot-gpt'] } });
    for (let i = 0; i < 3; i++) {
      g.beforeCall('copilot-gpt', 10_000);
      g.record({ actualMicros: 0 });
    }
    const e = refusal(() => g.beforeCall('copilot-gpt', 10_000));
    expect(e.budget).toBe('maxCallsPerTask');
    expect(e.message).toContain(
      'the task has made 3 model calls, the most allowed (budgets.maxCallsPerTask = 3)',
    );
    // A paid call is refused by money first, even with calls left.
    expect(refusal(() => guard(config).beforeCall('premium-gpt', 10)).budget).toBe('perTask');
  });

  it('uses the tier’s call cap when it is the lower one, and says so', () => {
    const config = configWith({ maxCallsPerTask: 12 });
    config.tiers['flat']!.maxCallsPerTask = 2;
    const g = guard(config, { plan: { tier: 'flat', models: ['copilot-gpt'] } });
    expect(g.maxCalls).toBe(2);
    g.record({ actualMicros: 0 });
    g.record({ actualMicros: 0 });
    const e = refusal(() => g.beforeCall('copilot-gpt', 1));
    expect(e.message).toContain('tiers.flat.maxCallsPerTask = 2');
    expect(e.hint).toContain('tiers.flat.maxCallsPerTask');
  });
});

describe('needsPastSpend', () => {
  const model = (id: string) => defaults.models[id]!;
  it('is true only when a model of the plan can cost money', () => {
    expect(needsPastSpend(defaults, { tier: 'premium', models: ['premium-gpt'] }, model)).toBe(
      true,
    );
    expect(needsPastSpend(defaults, { tier: 'flat', models: ['copilot-gpt'] }, model)).toBe(false);
    // local-llama costs runner seconds by default, and nothing once its price is zero.
    expect(needsPastSpend(defaults, { tier: 'local', models: ['local-llama'] }, model)).toBe(true);
    const free = structuredClone(defaults);
    free.models['local-llama']!.price.perSecondMicros = 0;
    expect(
      needsPastSpend(free, { tier: 'local', models: ['local-llama'] }, (id) => free.models[id]!),
    ).toBe(false);
  });
});

describe('a guard that starts from spend made under another guard (a shadow run)', () => {
  it('counts that spend against the task budget, without adding it to the month or a call', () => {
    const spent = new MonthSpend('2026-11');
    spent.add(500_000, { tier: 'premium', person: 'ann' }); // the work's own calls, recorded
    const g = guard(configWith({ perTask: 600_000 }), {
      spentSoFar: spent,
      taskMicrosSoFar: 500_000,
    });
    expect(g.taskMicros).toBe(500_000);
    expect(g.calls).toBe(0);
    expect(spent.totalMicros).toBe(500_000); // not counted twice
    expect(refusal(() => g.beforeCall('premium-gpt', 3_000)).budget).toBe('perTask');
  });
});
