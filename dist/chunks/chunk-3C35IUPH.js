import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  parseYamlWith,
  splitFrontMatter
} from "./chunk-7REA5PZY.js";
import {
  sha256
} from "./chunk-PRCMZNRS.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  Slug
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/personas/load-standards.ts
import { readdirSync, readFileSync } from "node:fs";
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
function readStandardFiles(dir) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".md") && n !== "README.md").sort();
  } catch (cause) {
    if (cause.code === "ENOENT") return [];
    throw new InputError(`Cannot read the standards folder ${dir}.`, [], { cause });
  }
  return names.map((name) => {
    const file = join(dir, name);
    return { file, text: readFileSync(file, "utf8") };
  });
}
function parseStandards(dir, files) {
  const out = /* @__PURE__ */ new Map();
  const issues = [];
  for (const { file, text } of files) {
    try {
      const s = parseStandard(text, file);
      out.set(s.id, s);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      issues.push(
        ...error.issues.length ? error.issues : [{ location: { file }, message: error.message }]
      );
    }
  }
  if (issues.length)
    throw new InputError(`${issues.length} problem(s) in the standards in ${dir}.`, issues);
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
function loadStandards(dir) {
  return parseStandards(dir, readStandardFiles(dir));
}

export {
  StandardFrontMatter,
  standardsDirFor,
  readStandardFiles,
  parseStandards,
  loadStandards
};
