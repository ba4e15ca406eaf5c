import { describe, expect, it } from 'vitest';
import { InputError, ModelError } from '../../src/core/errors.js';
import {
  backoffDelayMs,
  DEFAULT_MAX_RETRY_AFTER_MS,
  parseRetryAfterMs,
  shouldRetry,
} from '../../src/models/retry-policy.js';

const top = () => 0.999_999;
const bottom = () => 0;

describe('backoffDelayMs', () => {
  it('grows the ceiling exponentially from baseMs', () => {
    const opts = { baseMs: 100, maxMs: 60_000, random: top };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, opts))).toEqual([
      100, 200, 400, 800, 1_600,
    ]);
  });

  it('caps the ceiling at maxMs, however many attempts', () => {
    const opts = { baseMs: 500, maxMs: 8_000, random: top };
    expect(backoffDelayMs(5, opts)).toBe(8_000);
    expect(backoffDelayMs(50, opts)).toBe(8_000);
    expect(backoffDelayMs(5_000, opts)).toBe(8_000);
  });

  it('draws uniformly between 0 and the ceiling (full jitter)', () => {
    expect(backoffDelayMs(3, { baseMs: 100, maxMs: 10_000, random: bottom })).toBe(0);
    expect(backoffDelayMs(3, { baseMs: 100, maxMs: 10_000, random: () => 0.5 })).toBe(200);
    const samples = Array.from({ length: 500 }, () =>
      backoffDelayMs(4, { baseMs: 100, maxMs: 10_000 }),
    );
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...samples)).toBeLessThanOrEqual(800);
    // Spread, not lockstep: 500 draws from [0, 800] take many distinct values.
    expect(new Set(samples).size).toBeGreaterThan(100);
  });

  it('treats attempt 0, negatives and NaN as the first retry', () => {
    const opts = { baseMs: 100, maxMs: 1_000, random: top };
    expect(backoffDelayMs(0, opts)).toBe(100);
    expect(backoffDelayMs(-3, opts)).toBe(100);
    expect(backoffDelayMs(Number.NaN, opts)).toBe(100);
  });

  it('keeps a misbehaving random source inside the bounds', () => {
    expect(backoffDelayMs(2, { baseMs: 100, maxMs: 1_000, random: () => 7 })).toBe(200);
    expect(backoffDelayMs(2, { baseMs: 100, maxMs: 1_000, random: () => -1 })).toBe(0);
  });

  it('waits at least what Retry-After asks', () => {
    const delay = backoffDelayMs(1, {
      baseMs: 100,
      maxMs: 1_000,
      random: bottom,
      retryAfterMs: 7_000,
    });
    expect(delay).toBe(7_000);
  });

  it('keeps the backoff when it is already longer than Retry-After', () => {
    const delay = backoffDelayMs(6, {
      baseMs: 1_000,
      maxMs: 60_000,
      random: top,
      retryAfterMs: 500,
    });
    expect(delay).toBe(32_000);
  });

  it('caps Retry-After at maxRetryAfterMs (60 s by default)', () => {
    const opts = { baseMs: 100, maxMs: 1_000, random: bottom, retryAfterMs: 3_600_000 };
    expect(backoffDelayMs(1, opts)).toBe(DEFAULT_MAX_RETRY_AFTER_MS);
    expect(DEFAULT_MAX_RETRY_AFTER_MS).toBe(60_000);
    expect(backoffDelayMs(1, { ...opts, maxRetryAfterMs: 5_000 })).toBe(5_000);
  });

  it('ignores a negative Retry-After', () => {
    expect(backoffDelayMs(1, { baseMs: 100, maxMs: 1_000, random: bottom, retryAfterMs: -5 })).toBe(
      0,
    );
  });
});

describe('shouldRetry', () => {
  it('follows ModelError.retryable', () => {
    expect(
      shouldRetry(new ModelError('busy', { errorClass: 'overloaded' }, { retryable: true })),
    ).toBe(true);
    expect(shouldRetry(new ModelError('no such model', { errorClass: 'not-found' }))).toBe(false);
  });

  it('never retries anything that is not a ModelError', () => {
    expect(shouldRetry(new Error('bug'))).toBe(false);
    expect(shouldRetry(new InputError('bad config', [], { retryable: true }))).toBe(false);
    expect(shouldRetry('timeout')).toBe(false);
    expect(shouldRetry(undefined)).toBe(false);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');

  it('reads seconds, fractions included', () => {
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '7' }), now)).toBe(7_000);
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '0.25' }), now)).toBe(250);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(
      parseRetryAfterMs(new Headers({ 'retry-after': 'Sun, 01 Jun 2025 12:00:30 GMT' }), now),
    ).toBe(30_000);
    expect(
      parseRetryAfterMs(new Headers({ 'retry-after': 'Sun, 01 Jun 2025 11:00:00 GMT' }), now),
    ).toBe(0);
  });

  it('prefers retry-after-ms', () => {
    const headers = new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' });
    expect(parseRetryAfterMs(headers, now)).toBe(1_500);
  });

  it('returns undefined when there is nothing usable', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs(new Headers(), now)).toBeUndefined();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(
      parseRetryAfterMs(new Headers({ 'retry-after-ms': 'x', 'retry-after': '-3' }), now),
    ).toBeUndefined();
  });
});
