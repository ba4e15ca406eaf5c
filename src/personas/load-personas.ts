import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, type InputIssue } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { cachedValidation } from '../core/validated-cache.js';
import { parseYamlWith, splitFrontMatter } from '../core/yaml-source.js';
import {
  loadStandards,
  parseStandards,
  readStandardFiles,
  standardsDirFor,
  type Standard,
} from './load-standards.js';
import { PersonaFrontMatter, type Persona } from './persona-schema.js';

/** The personas that ship with AIOS. */
export function defaultPersonaDir(): string {
  return join(packageRoot(), 'personas');
}

/** Parse one persona file. Errors name the file, line and field. */
export function parsePersona(text: string, file: string): Persona {
  const doc = splitFrontMatter(text, file);
  const front = parseYamlWith(PersonaFrontMatter, doc.frontMatter, file, {
    lineOffset: doc.frontMatterLineOffset,
    what: 'persona',
  });
  const stem = basename(file, '.md');
  if (front.name !== stem) {
    throw new InputError(`Persona ${file} is misnamed.`, [
      {
        location: { file, line: 2 },
        field: 'name',
        message: `"${front.name}" must equal the file name "${stem}"`,
      },
    ]);
  }
  const instructions = doc.body.trim();
  if (instructions.length < 40) {
    throw new InputError(`Persona ${file} has no instructions.`, [
      {
        location: { file },
        message: 'the markdown body must say how the persona works (40 characters at least)',
      },
    ]);
  }
  return { ...front, instructions, file };
}

/** The 1-based line of a top-level front-matter field, for errors found after parsing. */
export function frontMatterLine(text: string, field: string): number {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${field}:`));
  return i < 0 ? 1 : i + 1;
}

/**
 * Attach the hashes of the standards a persona cites; a cited standard that does not exist is
 * an input error at the `standards` line, since the persona claims a document nobody wrote.
 */
export function withStandards(
  persona: Persona,
  standards: ReadonlyMap<string, Standard>,
  text: string,
): Persona {
  const hashes: Record<string, string> = {};
  const missing: string[] = [];
  for (const id of persona.standards) {
    const s = standards.get(id);
    if (s) hashes[id] = s.hash;
    else missing.push(id);
  }
  if (missing.length)
    throw new InputError(`Persona ${persona.file} cites standards that do not exist.`, [
      {
        location: { file: persona.file, line: frontMatterLine(text, 'standards') },
        field: 'standards',
        message: `no standards/${missing.join('.md, standards/')}.md (known: ${[...standards.keys()].join(', ') || 'none'})`,
      },
    ]);
  return { ...persona, standardHashes: hashes };
}

/** Where the pipeline gets a persona from: a loaded set, or a folder read on demand. */
export interface PersonaSource {
  load(id: string): Promise<Persona>;
  /** Every persona (the lane screen and the lane checks need them all); absent on minimal fakes. */
  all?(): Promise<readonly Persona[]>;
}

/**
 * Personas read from a folder one at a time, when first asked for: a run needs one persona,
 * so it parses one file (start-up time), while `personas lint` still checks them all.
 */
export function personaFolder(
  dir: string = defaultPersonaDir(),
  standardsDir: string = standardsDirFor(dir),
): PersonaSource {
  const cache = new Map<string, Promise<Persona>>();
  let standards: ReadonlyMap<string, Standard> | undefined;
  let everything: Promise<readonly Persona[]> | undefined;
  return {
    all(): Promise<readonly Persona[]> {
      everything ??= loadPersonas(dir, { standardsDir }).then((r) => r.list());
      return everything;
    },
    load(id: string): Promise<Persona> {
      let p = cache.get(id);
      if (!p && everything) {
        // The whole set is loaded already (a run checks the config against it first): the
        // same persona, without reading and validating its file a second time.
        const one = everything.then(
          (list) => list.find((x) => x.name === id),
          () => undefined, // a bad file elsewhere in the set: this one is read on its own
        );
        p = one.then((found) => found ?? readOne(id));
        cache.set(id, p);
      }
      if (!p) {
        p = readOne(id);
        cache.set(id, p);
      }
      return p;
    },
  };

  function readOne(id: string): Promise<Persona> {
    const file = join(dir, `${id}.md`);
    return (
      /^[a-z0-9][a-z0-9-]*$/.test(id) ? readFile(file, 'utf8') : Promise.reject(new Error('bad id'))
    ).then(
      (text) =>
        withStandards(parsePersona(text, file), (standards ??= loadStandards(standardsDir)), text),
      async (cause: unknown) => {
        const known = (await readdir(dir).catch(() => [] as string[]))
          .filter((n) => n.endsWith('.md') && n !== 'README.md')
          .map((n) => n.slice(0, -3));
        throw new InputError(`No persona named "${id}".`, [], {
          cause,
          hint: `Known personas: ${known.join(', ')}. Add ${join(dir, `${id}.md`)} or fix the rule.`,
        });
      },
    );
  }
}

/** A set of personas by id. */
export class PersonaRegistry implements PersonaSource {
  private readonly byId: ReadonlyMap<string, Persona>;

  constructor(personas: readonly Persona[]) {
    this.byId = new Map(personas.map((p) => [p.name, p]));
  }

  get(id: string): Persona | undefined {
    return this.byId.get(id);
  }

  /** The persona, or an input error listing the ones that exist. */
  require(id: string): Persona {
    const persona = this.byId.get(id);
    if (!persona) {
      throw new InputError(`No persona named "${id}".`, [], {
        hint: `Known personas: ${[...this.byId.keys()].join(', ')}. Add personas/${id}.md or fix the rule.`,
      });
    }
    return persona;
  }

  async load(id: string): Promise<Persona> {
    return this.require(id);
  }

  async all(): Promise<readonly Persona[]> {
    return this.list();
  }

  list(): Persona[] {
    return [...this.byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/**
 * Load every `*.md` persona in a folder. All files are checked and all problems reported
 * together; one bad file fails the load, since a half-loaded set would route work wrongly.
 */
export async function loadPersonas(
  dir: string = defaultPersonaDir(),
  options: { standardsDir?: string | undefined } = {},
): Promise<PersonaRegistry> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.md') && n !== 'README.md')
      .sort();
  } catch (cause) {
    throw new InputError(`Cannot read the persona folder ${dir}.`, [], { cause });
  }
  const standardsDir = options.standardsDir ?? standardsDirFor(dir);
  // Read synchronously: sixty small files cost ~1 ms so, against several with a FileHandle and
  // a thread-pool round trip each (and more wall time on a busy machine); start-up matters.
  const texts = names.map((name) => readFileSync(join(dir, name), 'utf8'));
  const standardFiles = readStandardFiles(standardsDir);
  // Validated once per content: the key is every path and text read above, so an edit to any
  // persona or standard (or a file added or removed) validates the whole set again.
  const personas = cachedValidation(
    'personas',
    [
      dir,
      standardsDir,
      ...names.flatMap((name, i) => [name, texts[i] ?? '']),
      ...standardFiles.flatMap((f) => [f.file, f.text]),
    ],
    () => validatePersonas(dir, names, texts, parseStandards(standardsDir, standardFiles)),
  );
  return new PersonaRegistry(personas);
}

/** Parse and check every persona file read; all problems reported together. */
function validatePersonas(
  dir: string,
  names: readonly string[],
  texts: readonly string[],
  standards: ReadonlyMap<string, Standard>,
): Persona[] {
  const personas: Persona[] = [];
  const issues: InputIssue[] = [];
  for (const [i, name] of names.entries()) {
    const file = join(dir, name);
    const text = texts[i] ?? '';
    try {
      personas.push(withStandards(parsePersona(text, file), standards, text));
    } catch (error) {
      if (error instanceof InputError)
        issues.push(
          ...(error.issues.length
            ? error.issues
            : [{ location: { file }, message: error.message }]),
        );
      else throw error;
    }
  }
  if (issues.length > 0)
    throw new InputError(`${issues.length} problem(s) in the personas in ${dir}.`, issues);
  return personas;
}
