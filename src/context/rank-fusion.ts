import type { RetrievedChunk } from './repo-index.js';

/** The constant of reciprocal rank fusion (Cormack, Clarke and Büttcher 2009): 60. */
const K = 60;

/**
 * Reciprocal rank fusion: each chunk scores the sum over the lists of 1 / (60 + its rank), so a
 * chunk both the lexical and the semantic search rank well comes first, whatever their scales.
 */
export function fuseByRank(lists: readonly (readonly RetrievedChunk[])[]): RetrievedChunk[] {
  const fused = new Map<string, { chunk: RetrievedChunk; score: number }>();
  for (const list of lists) {
    list.forEach((chunk, i) => {
      const key = `${chunk.path}\u0000${chunk.start}\u0000${chunk.end}`;
      const seen = fused.get(key);
      const add = 1 / (K + i + 1);
      if (seen) seen.score += add;
      else fused.set(key, { chunk, score: add });
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.chunk.path.localeCompare(b.chunk.path))
    .map(({ chunk, score }) => ({ ...chunk, score }));
}
