import { lineScore } from './query-terms.js';

/** A cut of a file: the line ranges kept (1-based, inclusive) and the text shown. */
export interface Excerpt {
  readonly text: string;
  readonly ranges: readonly (readonly [number, number])[];
  /** Distinct query terms found in the kept lines, summed per line. */
  readonly hits: number;
}

/**
 * The text an excerpt shows for line ranges (1-based, inclusive): what `excerptOf` produces,
 * so a recorded excerpt can be rebuilt from the blob and its ranges alone.
 */
export function renderExcerpt(
  content: string,
  ranges: readonly (readonly [number, number])[],
): string {
  return renderLines(
    linesOf(content),
    ranges.map(([a, b]) => ({ from: a - 1, to: b - 1 })),
  );
}

function linesOf(content: string): string[] {
  const lines = content.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function renderLines(
  lines: readonly string[],
  ranges: readonly { from: number; to: number }[],
): string {
  const width = String(lines.length).length;
  const parts: string[] = [`[excerpt of ${lines.length} lines; line numbers on the left]`];
  let prev = -1;
  for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
    if (r.from > prev + 1) parts.push('…');
    for (let i = r.from; i <= r.to; i++)
      parts.push(`${String(i + 1).padStart(width)}| ${lines[i] ?? ''}`);
    prev = r.to;
  }
  if (prev < lines.length - 1) parts.push('…');
  return parts.join('\n');
}

const AROUND = 4; // lines of context either side of a matching line

/**
 * Cut a file to the ranges most relevant to the terms, numbered so the persona can refer to
 * lines, within `fits` (a predicate on the rendered text: the caller counts tokens). Ranges
 * are chosen by their matches, best first, then shown in file order. With no match the file's
 * head is kept. Returns undefined when not even one line fits.
 */
export function excerptOf(
  content: string,
  terms: ReadonlySet<string>,
  fits: (text: string) => boolean,
): Excerpt | undefined {
  const lines = linesOf(content);
  const scores = lines.map((l) => lineScore(l, terms));
  // Windows around matching lines, merged when they touch.
  const windows: { from: number; to: number; score: number }[] = [];
  scores.forEach((s, i) => {
    if (s === 0) return;
    const from = Math.max(0, i - AROUND);
    const to = Math.min(lines.length - 1, i + AROUND);
    const last = windows[windows.length - 1];
    if (last && from <= last.to + 1) {
      last.to = Math.max(last.to, to);
      last.score += s;
    } else windows.push({ from, to, score: s });
  });
  if (windows.length === 0) windows.push({ from: 0, to: lines.length - 1, score: 0 });

  const render = (ranges: readonly { from: number; to: number }[]): string =>
    renderLines(lines, ranges);

  const chosen: { from: number; to: number }[] = [];
  let hits = 0;
  // The best 200 windows are plenty for any budget, and keep this linear on huge files.
  const ranked = [...windows].sort((a, b) => b.score - a.score || a.from - b.from).slice(0, 200);
  // The best windows that fit, as a prefix of the ranking: the longest prefix is found by
  // binary search (a handful of renders, not one per window).
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(render(ranked.slice(0, mid)))) lo = mid;
    else hi = mid - 1;
  }
  for (const w of ranked.slice(0, lo)) {
    chosen.push(w);
    hits += w.score;
  }
  const w = ranked[0];
  if (lo === 0 && w) {
    // Not even the best window fits whole: keep as many of its lines as do.
    if (!fits(render([{ from: w.from, to: w.from }]))) return undefined;
    let a = w.from;
    let b = w.to;
    while (a < b) {
      const mid = Math.ceil((a + b) / 2);
      if (fits(render([{ from: w.from, to: mid }]))) a = mid;
      else b = mid - 1;
    }
    chosen.push({ from: w.from, to: a });
    hits += scores.slice(w.from, a + 1).reduce((x, y) => x + y, 0);
  }
  if (chosen.length === 0) return undefined;
  chosen.sort((a, b) => a.from - b.from);
  return {
    text: render(chosen),
    ranges: chosen.map((r) => [r.from + 1, r.to + 1] as const),
    hits,
  };
}
