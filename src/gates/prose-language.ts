/**
 * Whether a file's prose is English, for the editorial gate: its spelling, readability and style
 * checkers (retext, the en-US and en-GB dictionaries, the grade formulas) know English alone, and
 * on a German or French page every second word is "misspelt" and every sentence "hard to read".
 * franc-min's trigram model (82 languages) names the language; a file is taken as another
 * language only when that is clear: enough text (short texts are guessed poorly) and English
 * well behind the first guess. Anything less clear is checked as English, as before.
 */

/**
 * Characters of prose below which no language is guessed (franc's guesses on less are poor;
 * at 90–110 characters it named English, technical prose included, and German, each right).
 */
const MIN_CHARS = 80;
/**
 * English's score relative to the best guess, at or under which a file is another language.
 * Measured: English prose scores 1 (the best) and the runner-up ≤ 0.86; German and French
 * pages score English 0.72–0.78.
 */
const ENGLISH_AT_MOST = 0.85;

/** The file's language when it is clearly not English: its ISO 639-3 code and English name. */
export interface OtherLanguage {
  readonly code: string;
  readonly name: string;
}

/** The language of `prose` (markdown already reduced to its prose) when it is clearly not English. */
export async function notEnglish(prose: string): Promise<OtherLanguage | undefined> {
  const text = prose.replace(/\s+/g, ' ').trim();
  if (text.length < MIN_CHARS) return undefined;
  const { francAll } = await import('franc-min');
  const ranked = francAll(text);
  const [best] = ranked;
  if (!best || best[0] === 'eng' || best[0] === 'und') return undefined;
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (english > ENGLISH_AT_MOST) return undefined;
  let name = best[0];
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(best[0]) ?? best[0];
  } catch {
    // An ISO 639-3 code Intl does not know: named by its code.
  }
  return { code: best[0], name };
}
