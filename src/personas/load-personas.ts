import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError, type InputIssue } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { parseYamlWith, splitFrontMatter } from '../core/yaml-source.js';
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

/** Where the pipeline gets a persona from: a loaded set, or a folder read on demand. */
export interface PersonaSource {
  load(id: string): Promise<Persona>;
}

/**
 * Personas read from a folder one at a time, when first asked for: a run needs one persona,
 * so it parses one file (start-up time), while `personas lint` still checks them all.
 */
export function personaFolder(dir: string = defaultPersonaDir()): PersonaSource {
  const cache = new Map<string, Promise<Persona>>();
  return {
    load(id: string): Promise<Persona> {
      let p = cache.get(id);
      if (!p) {
        const file = join(dir, `${id}.md`);
        p = (
          /^[a-z0-9][a-z0-9-]*$/.test(id)
            ? readFile(file, 'utf8')
            : Promise.reject(new Error('bad id'))
        ).then(
          (text) => parsePersona(text, file),
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
        cache.set(id, p);
      }
      return p;
    },
  };
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

  list(): Persona[] {
    return [...this.byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/**
 * Load every `*.md` persona in a folder. All files are checked and all problems reported
 * together; one bad file fails the load, since a half-loaded set would route work wrongly.
 */
export async function loadPersonas(dir: string = defaultPersonaDir()): Promise<PersonaRegistry> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md') && n !== 'README.md').sort();
  } catch (cause) {
    throw new InputError(`Cannot read the persona folder ${dir}.`, [], { cause });
  }
  const personas: Persona[] = [];
  const issues: InputIssue[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      personas.push(parsePersona(await readFile(file, 'utf8'), file));
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
  return new PersonaRegistry(personas);
}
