import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaFrontMatter
} from "./chunk-EJ4ZRYJA.js";
import {
  parseYamlWith,
  splitFrontMatter
} from "./chunk-EGP66IBB.js";
import {
  InputError
} from "./chunk-AYJEV7GA.js";
import {
  packageRoot
} from "./chunk-AMKKWZM7.js";

// src/personas/load-personas.ts
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
function defaultPersonaDir() {
  return join(packageRoot(), "personas");
}
function parsePersona(text, file) {
  const doc = splitFrontMatter(text, file);
  const front = parseYamlWith(PersonaFrontMatter, doc.frontMatter, file, {
    lineOffset: doc.frontMatterLineOffset,
    what: "persona"
  });
  const stem = basename(file, ".md");
  if (front.name !== stem) {
    throw new InputError(`Persona ${file} is misnamed.`, [
      {
        location: { file, line: 2 },
        field: "name",
        message: `"${front.name}" must equal the file name "${stem}"`
      }
    ]);
  }
  const instructions = doc.body.trim();
  if (instructions.length < 40) {
    throw new InputError(`Persona ${file} has no instructions.`, [
      {
        location: { file },
        message: "the markdown body must say how the persona works (40 characters at least)"
      }
    ]);
  }
  return { ...front, instructions, file };
}
function personaFolder(dir = defaultPersonaDir()) {
  const cache = /* @__PURE__ */ new Map();
  return {
    load(id) {
      let p = cache.get(id);
      if (!p) {
        const file = join(dir, `${id}.md`);
        p = (/^[a-z0-9][a-z0-9-]*$/.test(id) ? readFile(file, "utf8") : Promise.reject(new Error("bad id"))).then(
          (text) => parsePersona(text, file),
          async (cause) => {
            const known = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith(".md") && n !== "README.md").map((n) => n.slice(0, -3));
            throw new InputError(`No persona named "${id}".`, [], {
              cause,
              hint: `Known personas: ${known.join(", ")}. Add ${join(dir, `${id}.md`)} or fix the rule.`
            });
          }
        );
        cache.set(id, p);
      }
      return p;
    }
  };
}
var PersonaRegistry = class {
  byId;
  constructor(personas) {
    this.byId = new Map(personas.map((p) => [p.name, p]));
  }
  get(id) {
    return this.byId.get(id);
  }
  /** The persona, or an input error listing the ones that exist. */
  require(id) {
    const persona = this.byId.get(id);
    if (!persona) {
      throw new InputError(`No persona named "${id}".`, [], {
        hint: `Known personas: ${[...this.byId.keys()].join(", ")}. Add personas/${id}.md or fix the rule.`
      });
    }
    return persona;
  }
  async load(id) {
    return this.require(id);
  }
  list() {
    return [...this.byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
};
async function loadPersonas(dir = defaultPersonaDir()) {
  let names;
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".md") && n !== "README.md").sort();
  } catch (cause) {
    throw new InputError(`Cannot read the persona folder ${dir}.`, [], { cause });
  }
  const personas = [];
  const issues = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      personas.push(parsePersona(await readFile(file, "utf8"), file));
    } catch (error) {
      if (error instanceof InputError)
        issues.push(
          ...error.issues.length ? error.issues : [{ location: { file }, message: error.message }]
        );
      else throw error;
    }
  }
  if (issues.length > 0)
    throw new InputError(`${issues.length} problem(s) in the personas in ${dir}.`, issues);
  return new PersonaRegistry(personas);
}

export {
  defaultPersonaDir,
  parsePersona,
  personaFolder,
  PersonaRegistry,
  loadPersonas
};
