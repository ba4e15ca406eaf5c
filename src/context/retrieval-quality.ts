import { queryTerms } from './query-terms.js';
import type { RepoIndex } from './repo-index.js';

/** Recall@k and mean reciprocal rank of an index on known-item queries. */
export interface RetrievalQuality {
  readonly queries: number;
  readonly recallAt10: number;
  readonly mrr: number;
  /** Queries whose file was not in the first ten, with the rank found (or null). */
  readonly misses: readonly { q: string; want: string; rank: number | null }[];
}

/** Files in order of their best chunk, as retrieval ranks them for a query. */
export function rankFiles(index: RepoIndex, query: string, limit = 200): string[] {
  const out: string[] = [];
  for (const c of index.search(queryTerms(query), limit))
    if (!out.includes(c.path)) out.push(c.path);
  return out;
}

/** Measure an index against queries that each want one known file. */
export function retrievalQuality(
  index: RepoIndex,
  queries: readonly { q: string; want: string }[],
): RetrievalQuality {
  let hits = 0;
  let rr = 0;
  const misses: { q: string; want: string; rank: number | null }[] = [];
  for (const { q, want } of queries) {
    const at = rankFiles(index, q).indexOf(want);
    const rank = at < 0 ? null : at + 1;
    if (rank !== null && rank <= 10) hits++;
    else misses.push({ q, want, rank });
    if (rank !== null) rr += 1 / rank;
  }
  return {
    queries: queries.length,
    recallAt10: hits / queries.length,
    mrr: rr / queries.length,
    misses,
  };
}
