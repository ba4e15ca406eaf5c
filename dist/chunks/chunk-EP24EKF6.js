import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/money.ts
var MICROS_PER_DOLLAR = 1e6;
function dollarsToMicros(dollars) {
  const text = typeof dollars === "number" ? dollars.toFixed(6) : dollars.trim();
  const match = /^(\d+)(?:\.(\d{1,6})\d*)?$/.exec(text);
  if (!match) throw new RangeError(`not a non-negative dollar amount: ${String(dollars)}`);
  const whole = BigInt(match[1] ?? "0");
  const frac = BigInt((match[2] ?? "").padEnd(6, "0"));
  const micros = whole * 1000000n + frac;
  if (micros > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("amount too large");
  return Number(micros);
}
function tokenCostMicros(tokens, pricePerMillionMicros) {
  const product = BigInt(tokens) * BigInt(pricePerMillionMicros);
  return Number((product + 500000n) / 1000000n);
}
function formatMicros(micros) {
  const sign = micros < 0 ? "-" : "";
  const abs = Math.abs(micros);
  const dollars = Math.floor(abs / MICROS_PER_DOLLAR);
  const rest = abs % MICROS_PER_DOLLAR;
  const decimals = dollars >= 100 ? 2 : 4;
  const fraction = String(rest).padStart(6, "0").slice(0, decimals);
  return `${sign}$${dollars}.${fraction}`;
}

export {
  dollarsToMicros,
  tokenCostMicros,
  formatMicros
};
