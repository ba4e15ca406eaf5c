import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { packageRoot } from '../core/package-root.js';
import { describeError } from '../core/errors.js';

/** The languages parsed with tree-sitter; other files are chunked by the regex chunker. */
export type SyntaxLanguage = 'php' | 'javascript' | 'typescript' | 'tsx' | 'css';

/**
 * Each grammar's .wasm file and the npm package it comes from (all MIT, see
 * docs/dependencies.md). `scripts/build.mjs` copies them into `dist/grammars/`, beside the
 * bundle; from the sources they are read in node_modules.
 */
export const GRAMMARS: Readonly<Record<SyntaxLanguage, { pkg: string; file: string }>> = {
  php: { pkg: 'tree-sitter-php', file: 'tree-sitter-php.wasm' },
  javascript: { pkg: 'tree-sitter-javascript', file: 'tree-sitter-javascript.wasm' },
  typescript: { pkg: 'tree-sitter-typescript', file: 'tree-sitter-typescript.wasm' },
  tsx: { pkg: 'tree-sitter-typescript', file: 'tree-sitter-tsx.wasm' },
  css: { pkg: 'tree-sitter-css', file: 'tree-sitter-css.wasm' },
};
/** web-tree-sitter's own runtime. */
export const RUNTIME = { pkg: 'web-tree-sitter', file: 'tree-sitter.wasm' } as const;

/** The language of a path by its extension, or undefined when no grammar is shipped for it. */
export function syntaxLanguageOf(path: string): SyntaxLanguage | undefined {
  const m = /\.([a-z]+)$/i.exec(path);
  switch (m?.[1]?.toLowerCase()) {
    case 'php':
    case 'phtml':
    case 'inc':
      return 'php';
    case 'js':
    case 'mjs':
    case 'cjs':
    case 'jsx':
      return 'javascript';
    case 'ts':
    case 'mts':
    case 'cts':
      return 'typescript';
    case 'tsx':
      return 'tsx';
    case 'css':
      return 'css';
    default:
      return undefined;
  }
}

/** Where a shipped .wasm file is: beside the bundle (dist/grammars) or in node_modules. */
export function wasmFile(entry: { pkg: string; file: string }): string {
  const root = packageRoot();
  const candidates = [
    join(root, 'node_modules', entry.pkg, entry.file),
    join(root, 'dist', 'grammars', entry.file),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`${entry.file} is missing (looked in ${candidates.join(', ')})`);
  return found;
}

/** Parsers per language, or why tree-sitter could not be loaded (then the regex chunker runs). */
export interface SyntaxParsers {
  readonly parsers: ReadonlyMap<SyntaxLanguage, Parser>;
  readonly languages: ReadonlyMap<SyntaxLanguage, Language>;
  /** Grammars that failed to load, with the reason: their files fall back to the regex chunker. */
  readonly failed: ReadonlyMap<SyntaxLanguage, string>;
}

let runtime: Promise<string | undefined> | undefined;
const grammars = new Map<
  SyntaxLanguage,
  Promise<{ parser: Parser; language: Language } | string>
>();

/**
 * Load web-tree-sitter and the grammars of `languages` (every shipped grammar when omitted),
 * each once per process: a repository of PHP pays for the PHP grammar only, not for the
 * TypeScript ones (each grammar is a WebAssembly module of up to 1.4 MB to compile). Never
 * throws: a grammar that fails to load is named in `failed`, and its files are chunked by the
 * regex chunker.
 */
export async function loadSyntaxParsers(
  languages: Iterable<SyntaxLanguage> = Object.keys(GRAMMARS) as SyntaxLanguage[],
): Promise<SyntaxParsers> {
  const parsers = new Map<SyntaxLanguage, Parser>();
  const loaded = new Map<SyntaxLanguage, Language>();
  const failed = new Map<SyntaxLanguage, string>();
  const names = [...new Set(languages)];
  runtime ??= Parser.init({ locateFile: () => wasmFile(RUNTIME) }).then(
    () => undefined,
    (error: unknown) => `web-tree-sitter did not load: ${describeError(error)}`,
  );
  const broken = await runtime;
  if (broken) {
    for (const n of names) failed.set(n, broken);
    return { parsers, languages: loaded, failed };
  }
  // One at a time, in the order asked: the grammars' compilation shares the process.
  for (const name of names) {
    let grammar = grammars.get(name);
    if (!grammar) {
      grammar = Language.load(wasmFile(GRAMMARS[name])).then(
        (language) => {
          const parser = new Parser();
          parser.setLanguage(language);
          return { parser, language };
        },
        (error: unknown) => describeError(error),
      );
      grammars.set(name, grammar);
    }
    const got = await grammar;
    if (typeof got === 'string') failed.set(name, got);
    else {
      parsers.set(name, got.parser);
      loaded.set(name, got.language);
    }
  }
  return { parsers, languages: loaded, failed };
}
