import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/reports/apportion.ts
function apportion(amount, weights) {
  const out = /* @__PURE__ */ new Map();
  const keys = [...weights.keys()].filter((k) => (weights.get(k) ?? 0) > 0).sort();
  const sum = keys.reduce((s, k) => s + BigInt(weights.get(k) ?? 0), 0n);
  if (sum === 0n) return out;
  const total = BigInt(amount);
  const parts = keys.map((key) => {
    const exact = total * BigInt(weights.get(key) ?? 0);
    return { key, floor: exact / sum, remainder: exact % sum };
  });
  let left = total - parts.reduce((s, p) => s + p.floor, 0n);
  const byRemainder = [...parts].sort(
    (a, b) => a.remainder === b.remainder ? a.key < b.key ? -1 : 1 : a.remainder > b.remainder ? -1 : 1
  );
  for (const p of byRemainder) {
    if (left === 0n) break;
    p.floor += 1n;
    left -= 1n;
  }
  for (const p of parts) out.set(p.key, Number(p.floor));
  return out;
}
function divideHalfUp(a, b) {
  if (b === 0) return void 0;
  return Number((2n * BigInt(a) + BigInt(b)) / (2n * BigInt(b)));
}

export {
  apportion,
  divideHalfUp
};
