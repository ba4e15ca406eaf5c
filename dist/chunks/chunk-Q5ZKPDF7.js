import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  parseYamlWith,
  splitFrontMatter
} from "./chunk-Q5CZ6PGP.js";
import {
  sha256
} from "./chunk-PRCMZNRS.js";
import {
  Slug
} from "./chunk-DZOLSQ6D.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import {
  InputError
} from "./chunk-ZFFYD355.js";

// src/personas/load-standards.ts
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var StandardFrontMatter = external_exports.object({
  id: Slug.describe("Must equal the file name"),
  title: external_exports.string().min(3),
  owner: external_exports.string().min(1).describe("Who answers for this document"),
  version: external_exports.number().int().positive().describe("Bumped on each change of substance")
}).strict();
function standardsDirFor(personaDir) {
  return join(dirname(personaDir), "standards");
}
function parseStandard(text, file) {
  const doc = splitFrontMatter(text, file);
  const front = parseYamlWith(StandardFrontMatter, doc.frontMatter, file, {
    lineOffset: doc.frontMatterLineOffset,
    what: "standard"
  });
  const stem = basename(file, ".md");
  if (front.id !== stem)
    throw new InputError(`Standard ${file} is misnamed.`, [
      { location: { file, line: 2 }, field: "id", message: `"${front.id}" must equal "${stem}"` }
    ]);
  return { ...front, text: doc.body.trim(), file, hash: sha256(text) };
}
async function loadStandards(dir) {
  let names;
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".md") && n !== "README.md").sort();
  } catch (cause) {
    if (cause.code === "ENOENT") return /* @__PURE__ */ new Map();
    throw new InputError(`Cannot read the standards folder ${dir}.`, [], { cause });
  }
  const out = /* @__PURE__ */ new Map();
  const issues = [];
  await Promise.all(
    names.map(async (name) => {
      const file = join(dir, name);
      try {
        const s = parseStandard(await readFile(file, "utf8"), file);
        out.set(s.id, s);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        issues.push(
          ...error.issues.length ? error.issues : [{ location: { file }, message: error.message }]
        );
      }
    })
  );
  if (issues.length)
    throw new InputError(`${issues.length} problem(s) in the standards in ${dir}.`, issues);
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

// src/personas/persona-schema.ts
var PersonaDecline = external_exports.object({
  say: external_exports.string().min(3).describe("What is outside the lane, in words"),
  kinds: external_exports.array(Slug).optional().describe("Kinds of work this decline covers"),
  handoff: Slug.optional().describe("Persona id that takes this work instead")
}).strict();
var PersonaFrontMatter = external_exports.object({
  name: Slug.describe("Persona id; must equal the file name"),
  description: external_exports.string().min(10).max(1024).describe("When to use this persona (Claude Code / Copilot field)"),
  model: external_exports.string().optional().describe("Claude Code subagent field; AIOS routes by rules instead"),
  tools: external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).optional().describe("Claude Code tool names (Read, Write, Edit, Grep, Glob, Bash, WebFetch)"),
  role: external_exports.string().min(3).describe("The one real role this persona plays"),
  kinds: external_exports.array(Slug).min(1).describe("Kinds of work it accepts (ids from the config `kinds`)"),
  declines: external_exports.array(PersonaDecline).min(1).describe("What is outside its lane, and who takes it instead"),
  tier: Slug.optional().describe("Preferred tier when no rule names one (handoffs, overrides)"),
  gates: external_exports.array(Slug).default([]).describe("Gates its work always passes, in addition to the rule's"),
  writes: external_exports.array(external_exports.string().min(1)).describe("Globs of paths it may create or change"),
  estimate: external_exports.object({
    S: external_exports.number().int().positive().optional(),
    M: external_exports.number().int().positive().optional(),
    L: external_exports.number().int().positive().optional()
  }).strict().optional().describe("By-hand minutes by size, when this role differs from the kind default"),
  owner: external_exports.string().min(1).describe("Who answers for this persona"),
  version: external_exports.number().int().positive().describe("Bumped on each behavioural change"),
  evals: external_exports.string().min(1).optional().describe("Its eval file, e.g. personas/evals/<name>.yml"),
  standards: external_exports.array(Slug).default([]).describe("Ids of the standards/<id>.md documents it cites")
}).strict();

export {
  StandardFrontMatter,
  standardsDirFor,
  loadStandards,
  PersonaFrontMatter
};
