/**
 * Split an integer amount of micro-dollars over keys in proportion to integer weights, so that
 * the parts are integers and add up to exactly the amount (the largest-remainder method). Each
 * key first gets the floor of its exact share; the micro-dollars left over go one each to the
 * keys with the largest remainders, ties broken by key order, so the result never depends on
 * the order the weights were counted in. BigInt throughout: amount × weight can pass 2^53.
 */
export function apportion(
  amount: number,
  weights: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map<string, number>();
  const keys = [...weights.keys()].filter((k) => (weights.get(k) ?? 0) > 0).sort();
  const sum = keys.reduce((s, k) => s + BigInt(weights.get(k) ?? 0), 0n);
  if (sum === 0n) return out;
  const total = BigInt(amount);
  const parts = keys.map((key) => {
    const exact = total * BigInt(weights.get(key) ?? 0);
    return { key, floor: exact / sum, remainder: exact % sum };
  });
  let left = total - parts.reduce((s, p) => s + p.floor, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? (a.key < b.key ? -1 : 1) : a.remainder > b.remainder ? -1 : 1,
  );
  for (const p of byRemainder) {
    if (left === 0n) break;
    p.floor += 1n;
    left -= 1n;
  }
  for (const p of parts) out.set(p.key, Number(p.floor));
  return out;
}

/** a ÷ b rounded half up, for non-negative integers; undefined when b is 0. */
export function divideHalfUp(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  return Number((2n * BigInt(a) + BigInt(b)) / (2n * BigInt(b)));
}
