import { join } from 'node:path';
import { InputError, type InputIssue } from '../core/errors.js';
import { cachedValidation, cachedValidationAsync } from '../core/validated-cache.js';
import { parsePersona } from './load-personas.js';
import { parseStandards, readStandardFiles, type Standard } from './load-standards.js';
import type { Persona } from './persona-schema.js';

// The parsing half of `aios personas lint`: every persona, standard and eval file parsed and
// checked against its schema. A folder that parses clean is kept by the validated cache
// (src/core/validated-cache.ts) under every path and text read, so linting it again reads one
// kept result instead of parsing ~120 YAML documents; a folder with any schema problem is
// parsed every time and never kept (the cache's `keep` option).

/** One persona file that parsed, with what lint reads of it. */
export interface ParsedPersona {
  readonly persona: Persona;
  /** Its `writes` globs match every path (`matchesEverything`). */
  readonly writesEverything: boolean;
}

/** Persona files parsed in name order; `issues`: every schema problem, file by file. */
export interface ParsedPersonas {
  readonly parsed: readonly ParsedPersona[];
  readonly issues: readonly InputIssue[];
}

/** The issues of a failed parse: its own, else one naming the file with its message. */
function issuesOf(error: unknown, file: string): readonly InputIssue[] {
  if (!(error instanceof InputError)) throw error;
  return error.issues.length ? error.issues : [{ location: { file }, message: error.message }];
}

/** Parse the persona files `names` (read as `texts`) of `dir`. */
export function parseLintPersonas(
  dir: string,
  names: readonly string[],
  texts: readonly string[],
): Promise<ParsedPersonas> {
  return cachedValidationAsync(
    'persona-lint',
    [dir, ...names.flatMap((name, i) => [name, texts[i] ?? ''])],
    async () => {
      const { matchesEverything } = await import('./writes-everything.js');
      const parsed: ParsedPersona[] = [];
      const issues: InputIssue[] = [];
      for (const [i, name] of names.entries()) {
        const file = join(dir, name);
        const text = texts[i] ?? '';
        try {
          const persona = parsePersona(text, file);
          parsed.push({ persona, writesEverything: matchesEverything(persona.writes) });
        } catch (error) {
          issues.push(...issuesOf(error, file));
        }
      }
      return { parsed, issues };
    },
    { keep: (r) => r.issues.length === 0 },
  );
}

/**
 * The standards of a folder by id (a missing folder: none). Throws the InputError of
 * `readStandardFiles` or `parseStandards`, every problem listed.
 */
export function lintStandards(dir: string): ReadonlyMap<string, Standard> {
  const files = readStandardFiles(dir);
  // Synchronous: its parser is loaded with this module, so there is nothing to load later.
  return cachedValidation('standards', [dir, ...files.flatMap((f) => [f.file, f.text])], () =>
    parseStandards(dir, files),
  );
}

/**
 * Check eval files (path and text as read, each once); the schema problems of each file that
 * has any.
 */
export function checkEvalFiles(
  files: readonly { readonly file: string; readonly text: string }[],
): Promise<ReadonlyMap<string, readonly InputIssue[]>> {
  return cachedValidationAsync(
    'eval-files',
    files.flatMap((f) => [f.file, f.text]),
    async () => {
      // Loaded only to parse: its schemas are built when the module loads.
      const { parseEvalFile } = await import('../evals/eval-file.js');
      const problems = new Map<string, readonly InputIssue[]>();
      for (const { file, text } of files) {
        try {
          parseEvalFile(text, file);
        } catch (error) {
          problems.set(file, issuesOf(error, file));
        }
      }
      return problems;
    },
    { keep: (problems) => problems.size === 0 },
  );
}
