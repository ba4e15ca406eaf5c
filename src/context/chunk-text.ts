import type { SyntaxParsers } from './syntax-grammars.js';
import { syntaxLanguageOf } from './syntax-grammars.js';
import { syntaxSections, type SectionStart } from './syntax-sections.js';

/**
 * Cutting a file into chunks the index can find: markdown and prose by heading, code by the
 * lines that open a function, class or similar, anything else by fixed windows. Each chunk
 * keeps its line range and the symbols (headings, names) it defines.
 */
export interface Chunk {
  /** 1-based, inclusive. */
  readonly start: number;
  readonly end: number;
  readonly symbols: readonly string[];
  readonly text: string;
}

const WINDOW = 60;
const OVERLAP = 10;
const MAX_SECTION = 120;
const MIN_LINES = 40;

const MARKDOWN = /\.(md|markdown|mdx|txt|rst|adoc)$/i;
const CODE =
  /\.(php|phtml|inc|js|mjs|cjs|jsx|ts|tsx|py|rb|go|rs|java|kt|swift|cs|c|h|cc|cpp|hpp|vue|svelte|astro)$/i;
const STYLE = /\.(css|scss|sass|less)$/i;

/** A line that opens a definition, and the name it defines. */
const DEFINITION: readonly RegExp[] = [
  /^\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+|final\s+)?(?:async\s+)?(?:function\*?|class|interface|trait|enum|type|struct|impl|def|fn|func|module|namespace)\s+&?([A-Za-z_$][\w$]*)/,
  /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*(?::[^=]+)?=>/,
  /^\s*(?:public|private|protected|static|final|abstract|\s)*function\s+&?([A-Za-z_][\w]*)\s*\(/,
  /^\s*(?:public|private|protected|static|readonly|async|\s)+([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*(?::\s*[^{]+)?\{\s*$/,
];

/**
 * Chunks of one file. PHP, JavaScript, TypeScript/TSX and CSS are cut by the definitions in
 * their tree-sitter tree when `syntax` has the grammar loaded; otherwise (a grammar that did not
 * load, or no parsers given) by the regex chunker below.
 */
export function chunkText(path: string, text: string, syntax?: SyntaxParsers): Chunk[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return [];
  const language = syntax ? syntaxLanguageOf(path) : undefined;
  const parser = language ? syntax?.parsers.get(language) : undefined;
  if (language && parser) {
    const starts = syntaxSections(parser, language, text, MAX_SECTION);
    if (starts) return fromStarts(lines, starts);
  }
  if (MARKDOWN.test(path)) return bySections(lines, markdownHeading);
  if (CODE.test(path)) return bySections(lines, definitionName);
  if (STYLE.test(path)) return bySections(lines, cssRule);
  return windows(lines, 0, lines.length - 1, []);
}

function markdownHeading(line: string): string | undefined {
  const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
  return m?.[1];
}

function definitionName(line: string): string | undefined {
  for (const r of DEFINITION) {
    const m = r.exec(line);
    if (m?.[1] && !/^(if|for|while|switch|catch|return|function)$/.test(m[1])) return m[1];
  }
  return undefined;
}

function cssRule(line: string): string | undefined {
  const m = /^([^\s{}][^{}]*?)\s*\{\s*$/.exec(line);
  return m?.[1];
}

/** Sections start at each opening line; long ones are windowed; text before the first is one. */
function bySections(lines: string[], opens: (line: string) => string | undefined): Chunk[] {
  const starts: SectionStart[] = [];
  lines.forEach((l, i) => {
    const name = opens(l);
    if (name) starts.push({ at: i, name });
  });
  return fromStarts(lines, starts);
}

/** Chunks from section starts (ascending lines), however they were found. */
function fromStarts(lines: string[], starts: readonly SectionStart[]): Chunk[] {
  if (starts.length === 0) return windows(lines, 0, lines.length - 1, []);
  const out: Chunk[] = [];
  if ((starts[0]?.at ?? 0) > 0) out.push(...windows(lines, 0, (starts[0]?.at ?? 1) - 1, []));
  // Short neighbouring sections share a chunk (up to MIN_LINES): fewer, fuller rows index
  // faster and rank better than one row per three-line function.
  let open: { from: number; to: number; names: string[] } | undefined;
  const flush = (): void => {
    if (open) out.push(chunk(lines, open.from, open.to, open.names));
    open = undefined;
  };
  starts.forEach((s, k) => {
    const end = (starts[k + 1]?.at ?? lines.length) - 1;
    if (end - s.at + 1 > MAX_SECTION) {
      flush();
      out.push(...windows(lines, s.at, end, [s.name]));
      return;
    }
    if (open && end - open.from + 1 > MIN_LINES) flush();
    if (open) {
      open.to = end;
      open.names.push(s.name);
    } else open = { from: s.at, to: end, names: [s.name] };
  });
  flush();
  return out;
}

function windows(lines: string[], from: number, to: number, symbols: string[]): Chunk[] {
  const out: Chunk[] = [];
  for (let at = from; at <= to; at += WINDOW - OVERLAP) {
    const end = Math.min(to, at + WINDOW - 1);
    out.push(chunk(lines, at, end, symbols));
    if (end === to) break;
  }
  return out;
}

function chunk(lines: string[], from: number, to: number, symbols: readonly string[]): Chunk {
  return {
    start: from + 1,
    end: to + 1,
    symbols,
    text: lines.slice(from, to + 1).join('\n'),
  };
}
