import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitBreakerRegistry } from '../../src/models/circuit-breaker.js';

function clock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('CircuitBreaker', () => {
  it('starts closed and lets calls through', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 10_000 });
    expect(breaker.state).toBe('closed');
    expect(breaker.canRequest()).toBe(true);
    expect(breaker.canRequest()).toBe(true);
  });

  it('opens after failureThreshold consecutive failures, and refuses calls', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 10_000, now: c.now });
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.canRequest()).toBe(false);
    expect(breaker.retryInMs).toBe(10_000);
  });

  it('counts only consecutive failures: a success resets the count', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 10_000 });
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
    expect(breaker.failures).toBe(2);
  });

  it('goes half-open after openMs and lets exactly one trial through', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, openMs: 5_000, now: c.now });
    breaker.recordFailure();
    c.advance(4_999);
    expect(breaker.state).toBe('open');
    expect(breaker.canRequest()).toBe(false);
    c.advance(1);
    expect(breaker.state).toBe('half-open');
    expect(breaker.retryInMs).toBe(0);
    expect(breaker.canRequest()).toBe(true);
    expect(breaker.canRequest()).toBe(false);
    expect(breaker.canRequest()).toBe(false);
  });

  it('closes when the trial succeeds', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 2, openMs: 5_000, now: c.now });
    breaker.recordFailure();
    breaker.recordFailure();
    c.advance(5_000);
    expect(breaker.canRequest()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.failures).toBe(0);
    expect(breaker.canRequest()).toBe(true);
    expect(breaker.canRequest()).toBe(true);
  });

  it('re-opens for a full openMs when the trial fails', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, openMs: 5_000, now: c.now });
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    c.advance(6_000);
    expect(breaker.canRequest()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.retryInMs).toBe(5_000);
    c.advance(5_000);
    expect(breaker.state).toBe('half-open');
  });

  it('does not extend the open window for stragglers that set out before it opened', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, openMs: 5_000, now: c.now });
    breaker.recordFailure();
    c.advance(3_000);
    breaker.recordFailure();
    expect(breaker.retryInMs).toBe(2_000);
  });

  it('frees a trial that was never recorded after another openMs', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, openMs: 1_000, now: c.now });
    breaker.recordFailure();
    c.advance(1_000);
    expect(breaker.canRequest()).toBe(true);
    c.advance(999);
    expect(breaker.canRequest()).toBe(false);
    c.advance(1);
    expect(breaker.canRequest()).toBe(true);
  });

  it('rejects nonsense options', () => {
    expect(() => new CircuitBreaker({ failureThreshold: 0, openMs: 1 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ failureThreshold: 1.5, openMs: 1 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ failureThreshold: 1, openMs: -1 })).toThrow(RangeError);
    expect(() => new CircuitBreakerRegistry({ failureThreshold: 0, openMs: 1 })).toThrow(
      RangeError,
    );
  });
});

describe('CircuitBreakerRegistry', () => {
  it('keeps one breaker per endpoint, independent of the others', () => {
    const c = clock();
    const registry = new CircuitBreakerRegistry({
      failureThreshold: 2,
      openMs: 10_000,
      now: c.now,
    });
    const local = registry.get('ollama http://127.0.0.1:11434');
    expect(registry.get('ollama http://127.0.0.1:11434')).toBe(local);
    local.recordFailure();
    local.recordFailure();
    expect(registry.get('openai https://models.github.ai/inference').canRequest()).toBe(true);
    expect(registry.states()).toEqual({
      'ollama http://127.0.0.1:11434': 'open',
      'openai https://models.github.ai/inference': 'closed',
    });
  });
});
