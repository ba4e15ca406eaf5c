import type { Finding } from '../core/gate-verdict.js';
import type { PageFacts } from './page-facts.js';

/**
 * WCAG 3.1.1 (language of page, A) and 3.1.2 (language of parts, AA), judged on the text: a
 * page whose `lang` names another language than the one it is written in is read aloud with the
 * wrong voice and pronunciation rules. franc-min's trigram model names the language of the text;
 * a declared language is wrong only when that is clear, as measured (2026-11-27) on ~30 texts
 * of 100–145 characters in ten languages (prose, menus, contact details, prose full of English
 * product names), each scored against every other language as if wrongly declared:
 * - at least `MIN_LETTERS` letters of text (~100 characters: below that a list of menu words
 *   read as French, English scoring 0.52);
 * - the declared language is one franc-min knows (it has no Danish or Norwegian, for instance:
 *   those pages are not judged);
 * - the declared language scores at most `DECLARED_AT_MOST` of the best guess. Text in the
 *   declared language scored 0.90–1 (0.90: English menu words); a wrong declaration scored
 *   0.33–0.86, above 0.85 once in about 150 pairs (that one goes unreported).
 */
const MIN_LETTERS = 80;
const DECLARED_AT_MOST = 0.85;

/** A BCP 47 tag's primary language, canonical (`fra` and `fr` are both `fr`), or undefined. */
function primaryLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0]?.split('-')[0]?.toLowerCase();
  } catch {
    return undefined; // not a valid tag: axe's html-lang-valid / valid-lang say so
  }
}

function englishName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface Mismatch {
  /** The language the text reads as (its English name). */
  readonly reads: string;
  /** The declared language's score relative to the best guess. */
  readonly score: number;
}

/** The language `text` clearly reads as when it is not `declared`, else undefined. */
async function mismatch(text: string, declared: string): Promise<Mismatch | undefined> {
  // Letters, not characters: prices, times and phone numbers say nothing of a language.
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const wanted = primaryLanguage(declared);
  if (!wanted) return undefined;
  const { francAll } = await import('franc-min');
  const ranked = francAll(text);
  const [best] = ranked;
  if (!best || best[0] === 'und') return undefined;
  const mine = ranked.find(([code]) => primaryLanguage(code) === wanted);
  if (!mine || mine[1] > DECLARED_AT_MOST) return undefined;
  return { reads: englishName(primaryLanguage(best[0]) ?? best[0]), score: mine[1] };
}

/**
 * Findings for a page whose `lang` (or a part's) names a language its text is clearly not in.
 * `lineOf` finds an element's source line from a selector.
 */
export async function languageFindings(
  path: string,
  facts: PageFacts,
  lineOf: (selector: string) => Promise<number | undefined>,
): Promise<Finding[]> {
  const out: Finding[] = [];
  if (facts.lang) {
    const wrong = await mismatch(facts.text, facts.lang);
    if (wrong) {
      const line = await lineOf('html');
      out.push({
        rule: 'aios/language-of-page',
        severity: 'error',
        message: `<html lang="${facts.lang}"> says ${englishName(facts.lang)}, but the page's text reads as ${wrong.reads}: screen readers read it aloud with ${englishName(facts.lang)} pronunciation. Set lang to the language the page is written in (WCAG 3.1.1).`,
        path,
        ...(line ? { line } : {}),
        selector: 'html',
        wcag: ['3.1.1'],
      });
    }
  }
  for (const part of facts.parts) {
    const wrong = await mismatch(part.text, part.lang);
    if (!wrong) continue;
    const line = await lineOf(part.selector);
    out.push({
      rule: 'aios/language-of-parts',
      severity: 'error',
      message: `lang="${part.lang}" marks this passage as ${englishName(part.lang)}, but it reads as ${wrong.reads}. Mark it with the language it is written in (WCAG 3.1.2).`,
      path,
      ...(line ? { line } : {}),
      selector: part.selector,
      wcag: ['3.1.2'],
    });
  }
  return out;
}

/** WCAG 1.1.1 (failure F30): a text alternative that is the image's file name says nothing. */
export async function fileNameAltFindings(
  path: string,
  facts: PageFacts,
  lineOf: (selector: string) => Promise<number | undefined>,
): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const { alt, selector } of facts.fileNameAlts) {
    const line = await lineOf(selector);
    out.push({
      rule: 'aios/alt-is-file-name',
      severity: 'error',
      message: `The text alternative "${alt}" is a file name, which tells a screen reader user nothing of the image: describe what the image shows or does, or use alt="" if it is decoration (WCAG 1.1.1, failure F30).`,
      path,
      ...(line ? { line } : {}),
      selector,
      wcag: ['1.1.1'],
    });
  }
  return out;
}
