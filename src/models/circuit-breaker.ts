/**
 * Circuit breakers per model endpoint. After enough failures in a row an endpoint is left alone
 * for a while (open), then one trial call is let through (half-open): success closes the circuit,
 * failure opens it again. This keeps a dead Ollama or a melting API from eating every task's time
 * budget in timeouts. Pure: the clock is injected, nothing sleeps.
 *
 * The caller decides what counts as a failure. Record only failures that say something about the
 * endpoint's health, i.e. retryable classes (timeout, connection, server, overloaded,
 * rate-limited). A bad request, a missing model or a rejected key is a configuration problem that
 * another call would repeat exactly; counting it would open the circuit for everyone else
 * using the same endpoint correctly.
 */

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  readonly failureThreshold: number;
  /** How long an open circuit refuses calls before it lets one trial through. */
  readonly openMs: number;
  /** Milliseconds clock; injectable for tests. Defaults to Date.now. */
  readonly now?: () => number;
}

/** One endpoint's breaker. */
export class CircuitBreaker {
  readonly #threshold: number;
  readonly #openMs: number;
  readonly #now: () => number;
  #failures = 0;
  #openedAt: number | undefined;
  /** When the half-open trial was let through; undefined when none is out. */
  #trialAt: number | undefined;

  constructor(options: CircuitBreakerOptions) {
    if (!Number.isInteger(options.failureThreshold) || options.failureThreshold < 1) {
      throw new RangeError(
        `failureThreshold must be a positive integer, got ${options.failureThreshold}`,
      );
    }
    if (!Number.isFinite(options.openMs) || options.openMs < 0) {
      throw new RangeError(`openMs must be a non-negative number, got ${options.openMs}`);
    }
    this.#threshold = options.failureThreshold;
    this.#openMs = options.openMs;
    this.#now = options.now ?? Date.now;
  }

  /** The state now: an open circuit whose wait is over reads as half-open. */
  get state(): CircuitState {
    if (this.#openedAt === undefined) return 'closed';
    return this.#now() - this.#openedAt >= this.#openMs ? 'half-open' : 'open';
  }

  /** Consecutive failures counted so far (reset by a success). */
  get failures(): number {
    return this.#failures;
  }

  /** Milliseconds until an open circuit lets a trial through; 0 when it would now. */
  get retryInMs(): number {
    if (this.#openedAt === undefined) return 0;
    return Math.max(0, this.#openedAt + this.#openMs - this.#now());
  }

  /**
   * May a call go out now? Closed: yes. Open: no. Half-open: yes for exactly one trial call; the
   * next caller is refused until that trial is recorded. A trial never recorded (its caller
   * crashed) is forgotten after another openMs, so the endpoint cannot stay locked forever.
   */
  canRequest(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open') return false;
    const now = this.#now();
    if (this.#trialAt !== undefined && now - this.#trialAt < Math.max(this.#openMs, 1))
      return false;
    this.#trialAt = now;
    return true;
  }

  /** The endpoint answered: close the circuit and forget past failures. */
  recordSuccess(): void {
    this.#failures = 0;
    this.#openedAt = undefined;
    this.#trialAt = undefined;
  }

  /** The endpoint failed in a way that says it is unhealthy (see the module comment). */
  recordFailure(): void {
    this.#failures += 1;
    const state = this.state;
    // A straggler that set out before the circuit opened says nothing new: keep the open window.
    if (state === 'open') return;
    // A failed trial re-opens for a full openMs; so does reaching the threshold while closed.
    if (state === 'half-open' || this.#failures >= this.#threshold) {
      this.#openedAt = this.#now();
      this.#trialAt = undefined;
    }
  }
}

/** Breakers keyed by endpoint (e.g. `ollama http://127.0.0.1:11434`), created on first use. */
export class CircuitBreakerRegistry {
  readonly #options: CircuitBreakerOptions;
  readonly #breakers = new Map<string, CircuitBreaker>();

  constructor(options: CircuitBreakerOptions) {
    // Validate once here so a bad config fails at start-up rather than on first use.
    new CircuitBreaker(options);
    this.#options = options;
  }

  /** The breaker for this endpoint. */
  get(key: string): CircuitBreaker {
    let breaker = this.#breakers.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker(this.#options);
      this.#breakers.set(key, breaker);
    }
    return breaker;
  }

  /** Every known endpoint and its state now (for status output and the ledger). */
  states(): Record<string, CircuitState> {
    const out: Record<string, CircuitState> = {};
    for (const [key, breaker] of this.#breakers) out[key] = breaker.state;
    return out;
  }
}
