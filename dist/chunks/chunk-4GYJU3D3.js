import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaFrontMatter
} from "./chunk-56SP7YYP.js";
import {
  loadStandards,
  parseStandards,
  readStandardFiles,
  standardsDirFor
} from "./chunk-3C35IUPH.js";
import {
  parseYamlWith,
  splitFrontMatter
} from "./chunk-7REA5PZY.js";
import {
  cachedValidation
} from "./chunk-7D2IJALN.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";

// src/personas/load-personas.ts
import { readdirSync, readFileSync } from "node:fs";
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
function frontMatterLine(text, field) {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const i = lines.findIndex((l) => l.startsWith(`${field}:`));
  return i < 0 ? 1 : i + 1;
}
function withStandards(persona, standards, text) {
  const hashes = {};
  const missing = [];
  for (const id of persona.standards) {
    const s = standards.get(id);
    if (s) hashes[id] = s.hash;
    else missing.push(id);
  }
  if (missing.length)
    throw new InputError(`Persona ${persona.file} cites standards that do not exist.`, [
      {
        location: { file: persona.file, line: frontMatterLine(text, "standards") },
        field: "standards",
        message: `no standards/${missing.join(".md, standards/")}.md (known: ${[...standards.keys()].join(", ") || "none"})`
      }
    ]);
  return { ...persona, standardHashes: hashes };
}
function personaFolder(dir = defaultPersonaDir(), standardsDir = standardsDirFor(dir)) {
  const cache = /* @__PURE__ */ new Map();
  let standards;
  let everything;
  return {
    all() {
      everything ??= loadPersonas(dir, { standardsDir }).then((r) => r.list());
      return everything;
    },
    load(id) {
      let p = cache.get(id);
      if (!p && everything) {
        const one = everything.then(
          (list) => list.find((x) => x.name === id),
          () => void 0
          // a bad file elsewhere in the set: this one is read on its own
        );
        p = one.then((found) => found ?? readOne(id));
        cache.set(id, p);
      }
      if (!p) {
        p = readOne(id);
        cache.set(id, p);
      }
      return p;
    }
  };
  function readOne(id) {
    const file = join(dir, `${id}.md`);
    return (/^[a-z0-9][a-z0-9-]*$/.test(id) ? readFile(file, "utf8") : Promise.reject(new Error("bad id"))).then(
      (text) => withStandards(parsePersona(text, file), standards ??= loadStandards(standardsDir), text),
      async (cause) => {
        const known = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith(".md") && n !== "README.md").map((n) => n.slice(0, -3));
        throw new InputError(`No persona named "${id}".`, [], {
          cause,
          hint: `Known personas: ${known.join(", ")}. Add ${join(dir, `${id}.md`)} or fix the rule.`
        });
      }
    );
  }
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
  async all() {
    return this.list();
  }
  list() {
    return [...this.byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
};
async function loadPersonas(dir = defaultPersonaDir(), options = {}) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".md") && n !== "README.md").sort();
  } catch (cause) {
    throw new InputError(`Cannot read the persona folder ${dir}.`, [], { cause });
  }
  const standardsDir = options.standardsDir ?? standardsDirFor(dir);
  const texts = names.map((name) => readFileSync(join(dir, name), "utf8"));
  const standardFiles = readStandardFiles(standardsDir);
  const personas = cachedValidation(
    "personas",
    [
      dir,
      standardsDir,
      ...names.flatMap((name, i) => [name, texts[i] ?? ""]),
      ...standardFiles.flatMap((f) => [f.file, f.text])
    ],
    () => validatePersonas(dir, names, texts, parseStandards(standardsDir, standardFiles))
  );
  return new PersonaRegistry(personas);
}
function validatePersonas(dir, names, texts, standards) {
  const personas = [];
  const issues = [];
  for (const [i, name] of names.entries()) {
    const file = join(dir, name);
    const text = texts[i] ?? "";
    try {
      personas.push(withStandards(parsePersona(text, file), standards, text));
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
  return personas;
}

export {
  defaultPersonaDir,
  parsePersona,
  frontMatterLine,
  withStandards,
  personaFolder,
  PersonaRegistry,
  loadPersonas
};
