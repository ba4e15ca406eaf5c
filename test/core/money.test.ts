import { describe, expect, it } from 'vitest';
import { costOf, tokenCost } from '../../src/core/cost.js';
import { dollarsToMicros, formatMicros, tokenCostMicros } from '../../src/core/money.js';

describe('money', () => {
  it('converts dollar amounts to integer micro-dollars without float error', () => {
    expect(dollarsToMicros(2.5)).toBe(2_500_000);
    expect(dollarsToMicros('0.15')).toBe(150_000);
    expect(dollarsToMicros(0.1 + 0.2)).toBe(300_000);
    expect(dollarsToMicros('10')).toBe(10_000_000);
    expect(() => dollarsToMicros('-1')).toThrow(RangeError);
    expect(() => dollarsToMicros('abc')).toThrow(RangeError);
  });

  it('prices tokens exactly, rounding half up', () => {
    // 1,234 tokens at $1.25 per million = 1542.5 micro-dollars → 1543
    expect(tokenCostMicros(1234, 1_250_000)).toBe(1543);
    expect(tokenCostMicros(0, 10_000_000)).toBe(0);
    expect(tokenCostMicros(1_000_000, 10_000_000)).toBe(10_000_000);
  });

  it('gives the BigInt answer on the number path, at the rounding edges and near 2^53', () => {
    const exact = (t: number, p: number): number =>
      Number((BigInt(t) * BigInt(p) + 500_000n) / 1_000_000n);
    const cases: [number, number][] = [
      [1, 499_999],
      [1, 500_000],
      [3, 166_667],
      [999_999, 1],
      [4_503_599_627, 1_999_999],
      [9_007_199_254, 999_999],
      [Number.MAX_SAFE_INTEGER - 500_000, 1],
      [Number.MAX_SAFE_INTEGER - 499_999, 1],
      [Number.MAX_SAFE_INTEGER, 1],
      [2 ** 40, 2 ** 20],
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 48_271) % 2_147_483_647);
    for (let i = 0; i < 20_000; i++) cases.push([next() * (next() % 4_000), next() % 30_000_000]);
    for (const [t, p] of cases) expect(tokenCostMicros(t, p)).toBe(exact(t, p));
  });

  it('charges cached input at the cached rate and the rest at the input rate', () => {
    const price = {
      model: 'p',
      inputPerMTokMicros: 1_250_000,
      outputPerMTokMicros: 10_000_000,
      cachedInputPerMTokMicros: 125_000,
      perSecondMicros: 0,
    };
    const usage = {
      inputTokens: 10_000,
      cachedInputTokens: 4_000,
      outputTokens: 2_000,
      durationMs: 1000,
    };
    expect(tokenCost(usage, price)).toBe(7_500 + 500 + 20_000);
  });

  it('costs local calls by runner time and shadows them at the API rate', () => {
    const local = {
      model: 'l',
      inputPerMTokMicros: 0,
      outputPerMTokMicros: 0,
      cachedInputPerMTokMicros: 0,
      perSecondMicros: 100,
    };
    const api = {
      model: 'a',
      inputPerMTokMicros: 1_000_000,
      outputPerMTokMicros: 2_000_000,
      cachedInputPerMTokMicros: 1_000_000,
      perSecondMicros: 0,
    };
    const c = costOf(
      { inputTokens: 1000, outputTokens: 500, cachedInputTokens: 0, durationMs: 2_500 },
      'local',
      local,
      api,
    );
    expect(c.actualMicros).toBe(250);
    expect(c.shadowMicros).toBe(1000 + 1000);
    expect(c.shadowPrice).toEqual(api);
    const flat = costOf(
      { inputTokens: 1000, outputTokens: 500, cachedInputTokens: 0, durationMs: 2_500 },
      'flat',
      local,
      api,
    );
    expect(flat.actualMicros).toBe(0);
    expect(flat.shadowMicros).toBe(2000);
  });

  it('formats micro-dollars for people', () => {
    expect(formatMicros(0)).toBe('$0.00');
    expect(formatMicros(1_543)).toBe('$0.0015');
    expect(formatMicros(1_550)).toBe('$0.0016'); // half up, not cut off
    expect(formatMicros(7_200)).toBe('$0.0072');
    expect(formatMicros(12_345_678)).toBe('$12.35');
    expect(formatMicros(123_450_000)).toBe('$123.45');
    expect(formatMicros(1_225_938_840_000)).toBe('$1,225,938.84');
    expect(formatMicros(994_999)).toBe('$0.9950');
    expect(formatMicros(999_960)).toBe('$1.00');
    expect(formatMicros(-3_104_000)).toBe('-$3.10');
    // Spent, but less than four decimals show: never a zero that was not.
    expect(formatMicros(12)).toBe('<$0.0001');
    expect(formatMicros(-12)).toBe('-<$0.0001');
    expect(() => formatMicros(Number.NaN)).toThrow(RangeError);
  });
});
