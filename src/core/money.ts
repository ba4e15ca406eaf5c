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
  // Whole non-negative numbers whose product stays below 2^53 are exact as doubles, and so is
  // the quotient once corrected by its remainder: the same integer as BigInt's, without
  // allocating BigInts (verify recomputes every call of a ledger of a million).
  if (
    Number.isSafeInteger(tokens) &&
    Number.isSafeInteger(pricePerMillionMicros) &&
    tokens >= 0 &&
    pricePerMillionMicros >= 0 &&
    tokens * pricePerMillionMicros <= Number.MAX_SAFE_INTEGER - 500_000
  ) {
    const x = tokens * pricePerMillionMicros + 500_000;
    let q = Math.floor(x / 1_000_000);
    const r = x - q * 1_000_000;
    if (r < 0) q--;
    else if (r >= 1_000_000) q++;
    return q;
  }
  const product = BigInt(tokens) * BigInt(pricePerMillionMicros);
  return Number((product + 500_000n) / 1_000_000n);
}

/**
 * Format micro-dollars as dollars for people: the one money format of every report, receipt,
 * PR body and CLI line. A dollar or more shows cents (`$1,225,938.84`, `$12.35`); less than a
 * dollar shows four decimals, since one model call often costs a fraction of a cent
 * (`$0.0072`); an amount too small for four decimals says so (`<$0.0001`) rather than printing
 * a zero that was not spent. Zero is `$0.00`. Rounded half up, away from zero, from the exact
 * integer; negative amounts carry a leading minus (`-$3.10`).
 */
export function formatMicros(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not an amount of money: ${value}`);
  const micros = Math.round(value);
  if (micros === 0) return '$0.00';
  const sign = micros < 0 ? '-' : '';
  const abs = BigInt(Math.abs(micros));
  const unit = abs >= 995_000n ? 10_000n : 100n; // cents, or ten-thousandths below a dollar
  const rounded = ((abs + unit / 2n) / unit) * unit;
  if (rounded === 0n) return `${sign}<$0.0001`;
  const dollars = rounded / 1_000_000n;
  const decimals = unit === 10_000n ? 2 : 4;
  const fraction = String(rounded % 1_000_000n)
    .padStart(6, '0')
    .slice(0, decimals);
  const whole = dollars.toString().replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}$${whole}.${fraction}`;
}
