/**
 * The words of a task that say what is relevant, and how well a path or a line matches them.
 * Used to rank candidates before any file is read (by path) and to cut large files to the
 * ranges that matter (by line).
 */

const STOP = new Set(
  (
    'the and for are but not you all any can had her was one our out has have this that with from ' +
    'they will would there their what about which when make like time just know take into year ' +
    'your some could them see other than then now look only come its over think also back after ' +
    'use two how work first well way even new want because these give most should please file ' +
    'files page pages each need needs must into does done more less very been being were here ' +
    'http https www com org html task issue aios'
  ).split(' '),
);

/** Split identifiers and paths into lower-case words: `getUserName` → get, user, name. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w));
}

/** The task's distinct query terms, in order of first use; at most `limit` of them. */
export function queryTerms(text: string, limit = 64): string[] {
  const out = new Set<string>();
  for (const w of wordsOf(text)) {
    if (STOP.has(w)) continue;
    out.add(w);
    if (out.size >= limit) break;
  }
  return [...out];
}

/** How well a path matches the terms: the file name counts twice what a folder does. */
export function pathScore(path: string, terms: ReadonlySet<string>): number {
  if (terms.size === 0) return 0;
  // Most paths share no term: a substring test rules them out without splitting the path.
  const lower = path.toLowerCase();
  let any = false;
  for (const t of terms)
    if (lower.includes(t)) {
      any = true;
      break;
    }
  if (!any) return 0;
  const slash = path.lastIndexOf('/');
  const base = new Set(wordsOf(path.slice(slash + 1)));
  const dirs = new Set(wordsOf(path.slice(0, Math.max(0, slash))));
  let score = 0;
  for (const t of terms) {
    if (base.has(t)) score += 2;
    else if (dirs.has(t)) score += 1;
  }
  return score;
}

/** How many distinct terms a line contains. */
export function lineScore(line: string, terms: ReadonlySet<string>): number {
  if (terms.size === 0) return 0;
  let score = 0;
  const seen = new Set<string>();
  for (const w of wordsOf(line)) {
    if (terms.has(w) && !seen.has(w)) {
      seen.add(w);
      score += 1;
    }
  }
  return score;
}
