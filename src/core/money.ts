/**
 * Money is integer micro-dollars (1 USD = 1,000,000). Floats never carry money: prices are
 * converted once, when config is read, and costs are computed in BigInt so a report can be
 * recomputed from usage × stored price to the exact micro-dollar.
 */

export const MICROS_PER_DOLLAR = 1_000_000;

/** Convert a dollar amount written by a person (e.g. `2.5`, `"0.15"`) to micro-dollars. */
export function dollarsToMicros(dollars: number | string): number {
  const text = typeof dollars === 'number' ? dollars.toFixed(6) : dollars.trim();
  const match = /^(\d+)(?:\.(\d{1,6})\d*)?$/.exec(text);
  if (!match) throw new RangeError(`not a non-negative dollar amount: ${String(dollars)}`);
  const whole = BigInt(match[1] ?? '0');
  const frac = BigInt((match[2] ?? '').padEnd(6, '0'));
  const micros = whole * 1_000_000n + frac;
  if (micros > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('amount too large');
  return Number(micros);
}

/**
 * Cost of `tokens` at `pricePerMillionMicros` micro-dollars per million tokens, rounded half
 * up to a whole micro-dollar. Exact: no float enters the arithmetic.
 */
export function tokenCostMicros(tokens: number, pricePerMillionMicros: number): number {
  const product = BigInt(tokens) * BigInt(pricePerMillionMicros);
  return Number((product + 500_000n) / 1_000_000n);
}

/** Format micro-dollars as dollars for people: `$0.0123`. Four decimals below a dollar. */
export function formatMicros(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(micros);
  const dollars = Math.floor(abs / MICROS_PER_DOLLAR);
  const rest = abs % MICROS_PER_DOLLAR;
  const decimals = dollars >= 100 ? 2 : 4;
  const fraction = String(rest).padStart(6, '0').slice(0, decimals);
  return `${sign}$${dollars}.${fraction}`;
}
