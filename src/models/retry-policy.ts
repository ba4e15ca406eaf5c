/**
 * When to try a model call again, and how long to wait first. Pure: no clock, no timers, no I/O;
 * the one retry layer above the providers owns the sleeping. Providers never retry by themselves.
 */
import { ModelError } from '../core/errors.js';

/** The most a server may make us wait through Retry-After, unless the caller says otherwise. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

export interface BackoffOptions {
  /** Delay cap of the first retry (the exponential base). */
  readonly baseMs: number;
  /** Cap of the exponential part, however many attempts. */
  readonly maxMs: number;
  /** A number in [0, 1); injectable so tests are deterministic. Defaults to Math.random. */
  readonly random?: () => number;
  /** What the server asked for (Retry-After); the delay is at least this, up to maxRetryAfterMs. */
  readonly retryAfterMs?: number | undefined;
  /** Cap on honouring Retry-After, so a hostile or confused server cannot park us for hours. */
  readonly maxRetryAfterMs?: number;
}

/**
 * Milliseconds to wait before retry number `attempt` (1 = the first retry): capped exponential
 * backoff with full jitter, i.e. uniform in [0, min(maxMs, baseMs * 2^(attempt-1))]. Full jitter
 * spreads many callers that failed together (one overloaded Ollama, one rate-limited key) so they
 * do not come back in lockstep. A server's Retry-After is a floor, capped at maxRetryAfterMs.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions): number {
  const baseMs = nonNegative(options.baseMs);
  const maxMs = nonNegative(options.maxMs);
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  // 2^(n-1) overflows to Infinity for large n; Math.min handles it, but cap the exponent anyway.
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 52));
  const r = clampUnit((options.random ?? Math.random)());
  const jittered = Math.floor(r * (ceiling + 1));
  const delay = Math.min(jittered, ceiling);

  if (options.retryAfterMs === undefined || !Number.isFinite(options.retryAfterMs)) return delay;
  const maxRetryAfter = nonNegative(options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS);
  const floor = Math.min(nonNegative(options.retryAfterMs), maxRetryAfter);
  return Math.max(delay, Math.ceil(floor));
}

/**
 * Whether a failed call may be tried again. Only ModelErrors that say so: anything else is a bug
 * or a bad input, and repeating it would only spend money or time.
 */
export function shouldRetry(error: unknown): boolean {
  return error instanceof ModelError && error.retryable;
}

/** The header access parseRetryAfterMs needs; `Headers` satisfies it. */
export interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The wait a response asks for, in ms, or undefined when it asks for none (or says nonsense).
 * Reads `retry-after-ms` (OpenAI, Azure) first, then `retry-after` as seconds or an HTTP date.
 * `nowMs` is the current time, passed in so this stays pure.
 */
export function parseRetryAfterMs(
  headers: HeaderSource | undefined,
  nowMs: number,
): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms.trim());
    if (Number.isFinite(value) && value >= 0) return Math.ceil(value);
  }
  const raw = headers.get('retry-after');
  if (raw === null || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  // HTTP dates always name a month; Date.parse alone would read '-3' as a year.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

function nonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function clampUnit(r: number): number {
  if (!Number.isFinite(r) || r < 0) return 0;
  return r >= 1 ? 1 : r;
}
