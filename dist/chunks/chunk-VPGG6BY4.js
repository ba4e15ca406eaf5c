import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/models/retry-policy.ts
var DEFAULT_MAX_RETRY_AFTER_MS = 6e4;
function backoffDelayMs(attempt, options) {
  const baseMs = nonNegative(options.baseMs);
  const maxMs = nonNegative(options.maxMs);
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(n - 1, 52));
  const r = clampUnit((options.random ?? Math.random)());
  const jittered = Math.floor(r * (ceiling + 1));
  const delay = Math.min(jittered, ceiling);
  if (options.retryAfterMs === void 0 || !Number.isFinite(options.retryAfterMs)) return delay;
  const maxRetryAfter = nonNegative(options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS);
  const floor = Math.min(nonNegative(options.retryAfterMs), maxRetryAfter);
  return Math.max(delay, Math.ceil(floor));
}
function parseRetryAfterMs(headers, nowMs) {
  if (!headers) return void 0;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const value = Number(ms.trim());
    if (Number.isFinite(value) && value >= 0) return Math.ceil(value);
  }
  const raw = headers.get("retry-after");
  if (raw === null || raw.trim() === "") return void 0;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1e3);
  if (!/[a-z]{3}/i.test(text)) return void 0;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - nowMs);
}
function nonNegative(n) {
  return Number.isFinite(n) && n > 0 ? n : 0;
}
function clampUnit(r) {
  if (!Number.isFinite(r) || r < 0) return 0;
  return r >= 1 ? 1 : r;
}

export {
  backoffDelayMs,
  parseRetryAfterMs
};
