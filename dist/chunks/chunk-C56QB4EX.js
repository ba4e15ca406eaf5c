import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/money.ts
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
  if (Number.isSafeInteger(tokens) && Number.isSafeInteger(pricePerMillionMicros) && tokens >= 0 && pricePerMillionMicros >= 0 && tokens * pricePerMillionMicros <= Number.MAX_SAFE_INTEGER - 5e5) {
    const x = tokens * pricePerMillionMicros + 5e5;
    let q = Math.floor(x / 1e6);
    const r = x - q * 1e6;
    if (r < 0) q--;
    else if (r >= 1e6) q++;
    return q;
  }
  const product = BigInt(tokens) * BigInt(pricePerMillionMicros);
  return Number((product + 500000n) / 1000000n);
}
function formatMicros(value) {
  if (!Number.isFinite(value)) throw new RangeError(`not an amount of money: ${value}`);
  const micros = Math.round(value);
  if (micros === 0) return "$0.00";
  const sign = micros < 0 ? "-" : "";
  const abs = BigInt(Math.abs(micros));
  const unit = abs >= 995000n ? 10000n : 100n;
  const rounded = (abs + unit / 2n) / unit * unit;
  if (rounded === 0n) return `${sign}<$0.0001`;
  const dollars = rounded / 1000000n;
  const decimals = unit === 10000n ? 2 : 4;
  const fraction = String(rounded % 1000000n).padStart(6, "0").slice(0, decimals);
  const whole = dollars.toString().replace(/\B(?=(\d{3})+$)/g, ",");
  return `${sign}$${whole}.${fraction}`;
}

export {
  dollarsToMicros,
  tokenCostMicros,
  formatMicros
};
