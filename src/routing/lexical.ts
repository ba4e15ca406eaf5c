/**
 * The small lexical toolkit the lane screen scores with: tokens, a light stemmer, negated
 * clauses removed, and tf-idf vectors compared by cosine. No model, no dependency: it must run
 * in well under a millisecond per persona.
 */

const STOP = new Set(
  (
    'a an and are as at be but by for from has have how i in into is it its of on or our so ' +
    'that the their them then there these this those to was we were what when where which who ' +
    'will with without you your use used using can could should would may might must do does ' +
    'done make made any all each every one two new please need needs want wants also just only ' +
    'about after before more most other some such than too very via per work task tasks job ' +
    "it's us my me they he she his her been being get gets got here out up down over under " +
    'given give gives take takes like same well way ways'
  ).split(/\s+/),
);

/** Strip common English suffixes so that "audits", "auditing" and "audited" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  for (const suffix of [
    'ations',
    'ation',
    'ments',
    'ment',
    'ings',
    'ing',
    'ness',
    'ers',
    'er',
    'ed',
    'ly',
    'es',
    's',
  ]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "write", "writes" and "writing" all become "writ".
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Lower-case word stems of a text, stop words dropped. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/**
 * Remove negated clauses ("…, not audits or code", "never gives legal advice"): a description
 * that names what a persona does not do must not pull that work into its lane.
 */
export function withoutNegations(text: string): string {
  return text.replace(/\b(?:not|never|nor|no longer|rather than|instead of)\b[^.;:!?\n]*/gi, ' ');
}

/** A sparse weighted vector with its norm. */
export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/** Document frequencies over a collection, to weight rare (lane-carrying) words up. */
export class IdfTable {
  private readonly df = new Map<string, number>();
  private docs = 0;

  /** A table from its counts (as `counts()` gave them), e.g. read back from a cache. */
  static from(counts: {
    readonly df: ReadonlyMap<string, number>;
    readonly docs: number;
  }): IdfTable {
    const table = new IdfTable();
    for (const [t, n] of counts.df) table.df.set(t, n);
    table.docs = counts.docs;
    return table;
  }

  /** The document frequencies and the number of documents. */
  counts(): { df: Map<string, number>; docs: number } {
    return { df: new Map(this.df), docs: this.docs };
  }

  add(terms: Iterable<string>): void {
    this.docs += 1;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.docs + 1) / (df + 1));
  }

  /** tf-idf vector with sub-linear term frequency. */
  vector(terms: readonly string[]): TermVector {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [t, n] of tf) {
      const w = (1 + Math.log(n)) * this.idf(t);
      weights.set(t, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  }
}

/** Cosine similarity of two vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}
