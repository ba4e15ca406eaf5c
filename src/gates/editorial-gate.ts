import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding, GateVerdict, Severity } from '../core/gate-verdict.js';
import type { Gate, GateInput, WorkFile } from './gate.js';
import { applyThreshold, type GateSettings } from './gate-settings.js';
import { packageVersion } from './package-version.js';
import { notEnglish } from './prose-language.js';
import { escapeRegExp, lineIndex, proseOf, withoutFrontMatter } from './prose-text.js';
import { wordpressReadme } from './wp-readme.js';
import { cspellWords, softwareTerms } from './software-terms.js';
import { checkVale, loadValeStyle, type LoadedValeRule } from './vale-rules.js';

const PROSE = /\.(md|markdown|mdx|txt)$/i;

/** How much each retext checker's message weighs. Spelling and repeats are plain errors. */
const SEVERITY: Record<string, Severity> = {
  'retext-spell': 'error',
  'retext-repeated-words': 'error',
  'retext-readability': 'warning',
  'retext-passive': 'warning',
  'retext-simplify': 'warning',
  'retext-equality': 'warning',
  'aios-sentence-length': 'warning',
};

const CHECKERS = [
  'unified',
  'retext-spell',
  'dictionary-en',
  'retext-readability',
  'retext-passive',
  'retext-simplify',
  'retext-equality',
  'retext-repeated-words',
  'dictionary-en-gb',
  '@cspell/dict-software-terms',
  'franc-min',
] as const;

interface Tree {
  type: string;
  children?: Tree[];
  position?: { start: { line: number } };
}

/** A retext plugin: sentences longer than the limit, counted in words. */
function sentenceLength(max: number) {
  return () =>
    (
      tree: Tree,
      file: { message(reason: string, place: unknown): { source?: string; ruleId?: string } },
    ) => {
      const walk = (node: Tree) => {
        if (node.type === 'SentenceNode') {
          const words = (node.children ?? []).filter((c) => c.type === 'WordNode').length;
          if (words > max) {
            const m = file.message(
              `Sentence has ${words} words; keep sentences under ${max + 1}`,
              node,
            );
            m.source = 'aios-sentence-length';
            m.ruleId = 'sentence-length';
          }
          return;
        }
        for (const c of node.children ?? []) walk(c);
      };
      walk(tree);
    };
}

/** Words the spelling check accepts: config words, brand terms, and cspell-style word lists. */
async function personalWords(settings: GateSettings | undefined, root: string): Promise<string[]> {
  const words = [...(settings?.words ?? []), ...(settings?.brandTerms ?? [])];
  for (const list of settings?.wordLists ?? []) {
    const file = isAbsolute(list) ? list : join(root, list);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (cause) {
      throw new InputError(`Cannot read the word list ${list} (gates.editorial.wordLists).`, [], {
        cause,
      });
    }
    words.push(...cspellWords(text));
  }
  // Software terms (npm, config, webhook, …) are words in technical prose, not misspellings.
  words.push(...(await softwareTerms()));
  return words.flatMap((w) => w.split(/\s+/)).filter(Boolean);
}

type Processors = Awaited<ReturnType<typeof makeProcessors>>;

/**
 * Processors kept for the process's life, by everything they are built from: the spelling
 * dictionary is compiled when a processor first runs (most of the gate's time), and every
 * attempt of a task, and every task of a process, checks with the same settings.
 */
const processorCache = new Map<string, Promise<Processors>>();

function buildProcessor(
  settings: GateSettings | undefined,
  personal: readonly string[],
): Promise<Processors> {
  const key = JSON.stringify([
    settings?.language ?? null,
    settings?.targetGrade ?? null,
    settings?.maxSentenceWords ?? null,
    personal,
  ]);
  let processors = processorCache.get(key);
  if (!processors) {
    processors = makeProcessors(settings, personal);
    // A failed import is not kept: the next run tries again.
    processors.catch(() => processorCache.delete(key));
    processorCache.set(key, processors);
  }
  return processors;
}

/**
 * With no `language` set, a word either English variety spells correctly is no misspelling
 * (house style is British unless the client's is another; the gate cannot tell which, so it
 * sends back neither "colour" nor "color"). This is the en-GB spelling check alone, built only
 * when the en-US check has flagged a word, and kept for the process.
 */
const otherVariety = new Map<
  string,
  Promise<(file: { path: string; value: string }) => Promise<Set<string>>>
>();

function britishSpelling(
  personal: readonly string[],
): Promise<(file: { path: string; value: string }) => Promise<Set<string>>> {
  const key = JSON.stringify(personal);
  let check = otherVariety.get(key);
  if (!check) {
    check = (async () => {
      const [
        { unified, remarkParse, remarkRetext, retextEnglish, retextSpell },
        dictionary,
        VFile,
      ] = await Promise.all([
        proseChain(),
        import('dictionary-en-gb').then((m) => m.default),
        import('vfile').then((m) => m.VFile),
      ]);
      const english = unified()
        .use(retextEnglish)
        // No suggestions: only whether a word is spelt right matters here. retext-spell reads
        // `max: 0` as its default (30 suggestions, `max || 30`), the slowest part of the check
        // (20 of 35 suggestion lists in the editorial tests were made here and thrown away);
        // below zero, it makes none and adds no "no longer generating" note.
        .use(retextSpell, {
          dictionary,
          personal: personal.join('\n'),
          ignoreLiteral: true,
          max: -1,
        });
      const markdown = unified()
        .use(remarkParse)
        .use(remarkRetext, english as never);
      return async (file: { path: string; value: string }) => {
        const vfile = new VFile(file);
        if (/\.txt$/i.test(file.path)) await english.run(english.parse(vfile), vfile);
        else await markdown.run(markdown.parse(vfile), vfile);
        return new Set(
          (vfile.messages as RetextMessage[])
            .filter((m) => m.source === 'retext-spell' && m.ruleId !== 'overflow')
            .map((m) => spellKey(m)),
        );
      };
    })();
    check.catch(() => otherVariety.delete(key));
    otherVariety.set(key, check);
  }
  return check;
}

/** The unified/remark/retext modules both spelling checks are built from, loaded on first use. */
async function proseChain() {
  const [
    { unified },
    { default: remarkParse },
    { default: remarkRetext },
    { default: retextEnglish },
    { default: retextSpell },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-retext'),
    import('retext-english'),
    import('retext-spell'),
  ]);
  return { unified, remarkParse, remarkRetext, retextEnglish, retextSpell };
}

/** A misspelling's place and word, to match the two varieties' findings. */
const spellKey = (m: RetextMessage): string => `${m.line ?? 0}:${m.column ?? 0}:${m.actual ?? ''}`;

async function makeProcessors(settings: GateSettings | undefined, personal: readonly string[]) {
  const [
    { unified, remarkParse, remarkRetext, retextEnglish, retextSpell },
    { default: dictionary },
    { default: retextReadability },
    { default: retextPassive },
    { default: retextSimplify },
    { default: retextEquality },
    { default: retextRepeatedWords },
  ] = await Promise.all([
    proseChain(),
    settings?.language === 'en-GB' ? import('dictionary-en-gb') : import('dictionary-en'),
    import('retext-readability'),
    import('retext-passive'),
    import('retext-simplify'),
    import('retext-equality'),
    import('retext-repeated-words'),
  ]);
  const grade = settings?.targetGrade ?? 9;
  const english = unified()
    .use(retextEnglish)
    .use(retextSpell, { dictionary, personal: personal.join('\n'), ignoreLiteral: true, max: 3 })
    // A US grade is an age less five; retext-readability flags sentences most formulas rate above it.
    .use(retextReadability, { age: grade + 5, minWords: 8 })
    .use(retextPassive)
    .use(retextSimplify)
    .use(retextEquality)
    .use(retextRepeatedWords)
    .use(sentenceLength(settings?.maxSentenceWords ?? 30));
  return {
    markdown: unified()
      .use(remarkParse)
      .use(remarkRetext, english as never),
    text: english,
  };
}

function houseStyle(
  file: WorkFile,
  /** The file's prose (`proseOf`; plain text as it is), lines as in the file. */
  prose: string,
  settings: GateSettings | undefined,
  vale: readonly LoadedValeRule[],
): Finding[] {
  const lineOf = lineIndex(prose);
  const out: Finding[] = [];
  for (const term of settings?.brandTerms ?? []) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(term)}(?![\\p{L}\\p{N}_-])`, 'giu');
    for (const m of prose.matchAll(re))
      if (m[0] !== term)
        out.push({
          rule: 'brand-term',
          severity: 'error',
          message: `write "${term}", not "${m[0]}"`,
          path: file.path,
          line: lineOf(m.index),
        });
  }
  for (const [word, advice] of Object.entries(settings?.bannedWords ?? {})) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(word)}(?![\\p{L}\\p{N}_])`, 'giu');
    for (const m of prose.matchAll(re))
      out.push({
        rule: 'banned-word',
        severity: 'error',
        message: `"${m[0]}" is not used in this house style${advice ? `: ${advice}` : ''}`,
        path: file.path,
        line: lineOf(m.index),
      });
  }
  const headings = [...prose.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => ({
    text: m[1] ?? '',
    offset: m.index,
  }));
  out.push(...checkVale(vale, prose, file.path, headings));
  return out;
}

interface RetextMessage {
  source?: string | null;
  ruleId?: string | null;
  reason: string;
  /** true: an error, false: a warning, undefined: information (not a finding). */
  fatal?: boolean | null;
  line?: number | null;
  column?: number | null;
  actual?: string | null;
  expected?: string[] | null;
}

/**
 * A token written as code or a name of one, not as an English word: snake_case (`max_retries`,
 * `API_URL`), camelCase (`apiKey`), letters and digits together (`utf8`, `ec2`, `k8s`, `S3`,
 * `i18n`) and dotted names (`config.yml`, `Node.js`, `example.com`). Technical prose names them
 * without backticks often enough; neither English dictionary can judge them, so they are not
 * called misspellings.
 */
function codeShaped(word: string | null | undefined): boolean {
  if (!word) return false;
  return (
    word.includes('_') ||
    /\p{Ll}\p{Lu}/u.test(word) ||
    (/\p{L}/u.test(word) && /\p{N}/u.test(word)) ||
    /\p{L}\.\p{L}/u.test(word)
  );
}

/**
 * Whether a message's word is a handle (`@mkowalski`, as changelogs and release notes thank
 * people): a person's or a team's name on a forge, which no dictionary holds.
 */
function handleAt(value: string): (m: RetextMessage) => boolean {
  const starts = [0];
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) starts.push(i + 1);
  return (m) => {
    const start = m.line ? starts[m.line - 1] : undefined;
    if (start === undefined || !m.column) return false;
    return value[start + m.column - 2] === '@';
  };
}

/** Suggestions a finding names: a short word can have dozens, and a reviewer reads only a few. */
const SUGGESTIONS = 5;

/** The checker's message, with a spelling suggestion list cut to its first few. */
function briefly(m: RetextMessage): string {
  const expected = m.expected ?? [];
  if (m.source !== 'retext-spell' || expected.length <= SUGGESTIONS) return m.reason;
  const shown = expected
    .slice(0, SUGGESTIONS)
    .map((w) => `\`${w}\``)
    .join(', ');
  return `Unexpected unknown word \`${m.actual ?? ''}\`, expected for example ${shown} (${expected.length - SUGGESTIONS} more)`;
}

function severityOf(m: RetextMessage): Severity {
  const source = m.source ?? '';
  // An unknown capitalised word is most often a name: advise adding it to the word list.
  if (source === 'retext-spell' && m.actual && /^\p{Lu}/u.test(m.actual)) return 'warning';
  return SEVERITY[source] ?? 'warning';
}

/**
 * The checkers' findings: information notes dropped (retext-spell's "no longer generating
 * suggestions" is not a problem in the text), and, with no `language` set, misspellings the
 * en-GB dictionary accepts (see `britishSpelling`).
 */
async function bothVarieties(
  messages: readonly RetextMessage[],
  file: { path: string; value: string },
  settings: GateSettings | undefined,
  personal: readonly string[],
): Promise<RetextMessage[]> {
  const handle = handleAt(file.value);
  const findings = messages.filter(
    (m) =>
      m.fatal !== undefined &&
      m.fatal !== null &&
      !(m.source === 'retext-spell' && (codeShaped(m.actual) || handle(m))),
  );
  const spelling = findings.filter((m) => m.source === 'retext-spell');
  if (settings?.language || spelling.length === 0) return findings;
  const alsoBritish = await (await britishSpelling(personal))(file);
  return findings.filter((m) => m.source !== 'retext-spell' || alsoBritish.has(spellKey(m)));
}

/**
 * Editorial: the unified/retext checkers over markdown and plain text (spelling with an English
 * dictionary, readability against a target grade, passive voice, simpler words, inconsiderate
 * language, repeated words, sentence length), then house style from config and Vale rules.
 */
export function createEditorialGate(): Gate {
  return {
    id: 'editorial',
    description:
      'Prose: spelling, readability, passive voice, simplification, inconsiderate language, house style',
    async run(input: GateInput): Promise<GateVerdict> {
      const started = performance.now();
      const files = input.files.filter((f) => PROSE.test(f.path));
      const settings = input.settings;
      const checkers = CHECKERS.map((name) => ({ name, version: packageVersion(name) }));
      const findings: Finding[] = [];
      const notChecked: NonNullable<GateVerdict['notChecked']> = [];
      if (files.length) {
        const root = input.root ?? process.cwd();
        const vale = (
          await Promise.all(
            (settings?.valeStyles ?? []).map((d) =>
              loadValeStyle(isAbsolute(d) ? d : join(root, d)),
            ),
          )
        ).flat();
        const { VFile } = await import('vfile');
        const personal = await personalWords(settings, root);
        const processors = await buildProcessor(settings, personal);
        for (const file of files) {
          try {
            // A WordPress readme.txt is markdown with headings and a header of its own.
            const readme = wordpressReadme(file.path, file.content);
            const content = readme ?? file.content;
            const text = readme === undefined && /\.txt$/i.test(file.path);
            const prose = text ? content : proseOf(content);
            // Prose in another language: the English checkers would flag most of its words and
            // sentences. Said as not checked; house style (brand terms, banned words) still applies.
            const other = settings?.language ? undefined : await notEnglish(prose);
            if (other) {
              notChecked.push({
                rule: 'editorial',
                reason: `not checked: ${file.path} reads as ${other.name} (${other.code}); the spelling, readability and style checkers are English (set gates.editorial.language to check it as English)`,
              });
              findings.push(...houseStyle(file, prose, settings, vale));
              continue;
            }
            // No compiler: parse and run, collecting the checkers' messages on the file.
            const value = text ? content : withoutFrontMatter(content);
            const vfile = new VFile({ path: file.path, value });
            if (text) await processors.text.run(processors.text.parse(vfile), vfile);
            else await processors.markdown.run(processors.markdown.parse(vfile), vfile);
            const messages = await bothVarieties(
              vfile.messages as RetextMessage[],
              { path: file.path, value },
              settings,
              personal,
            );
            for (const m of messages) {
              const source = m.source ?? 'retext';
              findings.push({
                // One rule id per checker (retext's rule ids are the words matched).
                rule: source,
                severity: severityOf(m),
                message: briefly(m),
                path: file.path,
                ...(m.line ? { line: m.line } : {}),
              });
            }
            findings.push(...houseStyle(file, prose, settings, vale));
          } catch (error) {
            // The checkers walk markdown's tree recursively: quotes or lists nested some
            // thousands deep run them out of stack. Such a file is sent back, not passed unread.
            if (!(error instanceof RangeError)) throw error;
            findings.push({
              rule: 'editorial/unreadable',
              severity: 'error',
              message: `The prose checkers could not read this file (${error.message}): its markdown nests thousands deep (quotes or lists within each other). Flatten it.`,
              path: file.path,
            });
          }
        }
      }
      const judged = applyThreshold(findings, settings, input.risk);
      return {
        gate: 'editorial',
        pass: !judged.some((f) => f.severity === 'error'),
        findings: judged,
        durationMs: Math.round(performance.now() - started),
        checkers,
        ...(notChecked.length ? { notChecked } : {}),
      };
    },
  };
}
