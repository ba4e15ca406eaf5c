import { wordsOf } from './query-terms.js';
import type { DefTag } from './syntax-tags.js';

/** One file's tags as the index keeps them. */
export interface TaggedFile {
  readonly blob: string;
  readonly defs: readonly DefTag[];
  readonly refs: ReadonlyMap<string, number>;
}

/** A file of the repository map: the definition lines to show (with their scopes) and its rank. */
export interface MapFile {
  readonly path: string;
  readonly blob: string;
  /** 1-based lines: each chosen definition and the first lines of the definitions around it. */
  readonly lines: readonly number[];
  readonly score: number;
}

const DAMPING = 0.85;
const ITERATIONS = 40;

/**
 * The repository map (Aider's method): files are nodes, and a file that names an identifier
 * another file defines has an edge to it, weighted by how often (square root) and by the name
 * (names the task uses ×10, long specific names ×10, private `_names` and names defined in many
 * files ×0.1). Personalised PageRank seeded by the task's files (named, changed, lane) ranks
 * the files; each file's rank flows along its edges to the definitions it uses, and the best
 * definitions are the map, shown as their definition lines with their scopes.
 */
export function rankRepoMap(options: {
  files: ReadonlyMap<string, TaggedFile>;
  seeds: readonly string[];
  terms: readonly string[];
  /** At most this many definitions in the map. */
  maxDefs: number;
}): MapFile[] {
  const { files } = options;
  const paths = [...files.keys()];
  if (paths.length === 0) return [];
  const index = new Map(paths.map((p, i) => [p, i]));
  const definers = new Map<string, number[]>();
  paths.forEach((p, i) => {
    for (const d of files.get(p)?.defs ?? []) {
      const list = definers.get(d.name) ?? [];
      if (!list.includes(i)) list.push(i);
      definers.set(d.name, list);
    }
  });
  const terms = new Set(options.terms.flatMap((t) => wordsOf(t)));
  const weightOf = (name: string, count: number): number => {
    let mul = 1;
    const words = wordsOf(name);
    if (words.some((w) => terms.has(w))) mul *= 10;
    if (name.length >= 8 && /[a-z][A-Z]|_/.test(name)) mul *= 10;
    if (name.startsWith('_')) mul *= 0.1;
    if ((definers.get(name)?.length ?? 0) > 5) mul *= 0.1;
    return mul * Math.sqrt(count);
  };
  // Edges: from a file that names an identifier to each file that defines it.
  const edges: { from: number; to: number; name: string; w: number }[] = [];
  paths.forEach((p, from) => {
    for (const [name, count] of files.get(p)?.refs ?? []) {
      for (const to of definers.get(name) ?? []) {
        if (to !== from) edges.push({ from, to, name, w: weightOf(name, count) });
      }
    }
  });
  const n = paths.length;
  const seeds = options.seeds.map((s) => index.get(s)).filter((i): i is number => i !== undefined);
  const personal = new Float64Array(n).fill(seeds.length ? 0 : 1 / n);
  for (const s of seeds) personal[s] = (personal[s] ?? 0) + 1 / seeds.length;
  const out = new Float64Array(n);
  for (const e of edges) out[e.from] = (out[e.from] ?? 0) + e.w;
  let rank = Float64Array.from(personal);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if ((out[i] ?? 0) === 0) dangling += rank[i] ?? 0;
    for (const e of edges)
      next[e.to] = (next[e.to] ?? 0) + (DAMPING * (rank[e.from] ?? 0) * e.w) / (out[e.from] ?? 1);
    for (let i = 0; i < n; i++)
      next[i] = (next[i] ?? 0) + (1 - DAMPING + DAMPING * dangling) * (personal[i] ?? 0);
    rank = next;
  }
  // Each file's rank flows to the definitions it uses.
  const defRank = new Map<string, number>();
  for (const e of edges) {
    const key = `${e.to}\u0000${e.name}`;
    defRank.set(key, (defRank.get(key) ?? 0) + ((rank[e.from] ?? 0) * e.w) / (out[e.from] ?? 1));
  }
  const seedSet = new Set(seeds);
  const best = [...defRank]
    // The task's own files are shown whole or cut elsewhere; the map points beyond them.
    .filter(([key]) => !seedSet.has(Number(key.split('\u0000')[0])))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, options.maxDefs);
  const byFile = new Map<number, { lines: Set<number>; score: number }>();
  for (const [key, score] of best) {
    const [file, name] = key.split('\u0000') as [string, string];
    const i = Number(file);
    const tagged = files.get(paths[i] ?? '');
    const acc = byFile.get(i) ?? { lines: new Set<number>(), score: 0 };
    for (const d of tagged?.defs ?? []) {
      if (d.name !== name) continue;
      for (const l of d.scope) acc.lines.add(l);
      acc.lines.add(d.line);
    }
    acc.score += score;
    byFile.set(i, acc);
  }
  return [...byFile]
    .map(([i, acc]) => ({
      path: paths[i] ?? '',
      blob: files.get(paths[i] ?? '')?.blob ?? '',
      lines: [...acc.lines].sort((a, b) => a - b),
      score: acc.score,
    }))
    .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
}
