import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/did-you-mean.ts
function closestName(name, known) {
  const bare = (s) => s.toLowerCase().replace(/[-_\s]+/g, "");
  const wanted = bare(name);
  let best;
  let bestDistance = wanted.length <= 3 ? 2 : 3;
  for (const k of known) {
    const candidate = bare(k);
    const d = candidate === wanted ? 0 : wanted.length >= 4 && (candidate.startsWith(wanted) || wanted.startsWith(candidate)) ? 1 : editDistance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}
function didYouMean(name, known) {
  const best = closestName(name, known);
  return best ? `; did you mean "${best}"?` : "";
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export {
  closestName,
  didYouMean
};
