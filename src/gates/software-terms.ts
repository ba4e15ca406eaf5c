import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The word lists of `@cspell/dict-software-terms` (MIT) the editorial gate's spelling check
 * accepts beside the English dictionary: software terms, tools, web services, networking terms
 * and computing acronyms. Technical writing, release notes and UX copy name `npm`, `config`,
 * `webhook` and `stdout`; an English dictionary alone calls each a misspelling and sends good
 * prose back. The lists are cspell word lists (`#` comments, `!`, `~`, `+`, `*` markers).
 */
const LISTS = [
  'softwareTerms.txt.gz',
  'software-tools.txt',
  'webServices.txt',
  'networkingTerms.txt',
  'computing-acronyms.txt',
] as const;

let loaded: Promise<string[]> | undefined;

/**
 * The words a cspell word list accepts: `#` comments and `//` lines dropped, a `!word` (a word
 * cspell forbids) never accepted, and the `~` (case-insensitive), `+` and `*` (compound) markers
 * taken off the word.
 */
export function cspellWords(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split('\n')) {
    const w = line.replace(/#.*$/, '').trim();
    if (!w || w.startsWith('//') || w.startsWith('!')) continue;
    words.push(
      ...w
        .replace(/^[~+*]+|[+*]+$/g, '')
        .split(/\s+/)
        .filter(Boolean),
    );
  }
  return words;
}

/** Every word of the lists, read once per process. */
export function softwareTerms(): Promise<string[]> {
  loaded ??= (async () => {
    const resolveFrom = createRequire(import.meta.url);
    const dir = join(
      dirname(resolveFrom.resolve('@cspell/dict-software-terms/cspell-ext.json')),
      'dict',
    );
    const words: string[] = [];
    for (const name of LISTS) {
      const bytes = await readFile(join(dir, name));
      words.push(
        ...cspellWords((name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')),
      );
    }
    return words;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
