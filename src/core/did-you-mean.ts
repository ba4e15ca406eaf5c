/**
 * The known name closest to one that is not known, for a "did you mean" hint: within two edits
 * (one for a short name), or the same letters once case, hyphens, underscores and spaces are set
 * aside, or one a prefix of the other (`copyedit` → `copy-editing`). Undefined when nothing is
 * that close.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const bare = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, '');
  const wanted = bare(name);
  let best: string | undefined;
  // Two edits apart, or one for a name of three letters or fewer (two would reach most others).
  let bestDistance = wanted.length <= 3 ? 2 : 3;
  for (const k of known) {
    const candidate = bare(k);
    const d =
      candidate === wanted
        ? 0
        : wanted.length >= 4 && (candidate.startsWith(wanted) || wanted.startsWith(candidate))
          ? 1
          : editDistance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/** `; did you mean "x"?` for the closest known name (see `closestName`), else nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
  const best = closestName(name, known);
  return best ? `; did you mean "${best}"?` : '';
}

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}
