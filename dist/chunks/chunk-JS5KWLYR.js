import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  loadPersonas
} from "./chunk-VSVO6E3U.js";
import {
  loadConfig
} from "./chunk-MIBIVQ5E.js";
import {
  parseYamlWith
} from "./chunk-27CZGLQL.js";
import {
  Slug
} from "./chunk-DZOLSQ6D.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import {
  InputError
} from "./chunk-AYJEV7GA.js";

// src/evals/prepare-evals.ts
import { dirname } from "node:path";

// src/evals/eval-matrix.ts
import { isAbsolute, join } from "node:path";

// src/evals/eval-file.ts
import { readFile } from "node:fs/promises";
var Text = external_exports.string().min(1);
var RegexSource = Text.refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid JavaScript regular expression" }
);
var JsonSchemaValue = external_exports.record(external_exports.string(), external_exports.unknown()).refine(
  (s) => {
    try {
      external_exports.fromJSONSchema(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a JSON Schema AIOS can check" }
);
var EvalAssertion = external_exports.discriminatedUnion("type", [
  external_exports.object({
    type: external_exports.literal("equals"),
    value: external_exports.union([external_exports.string(), external_exports.record(external_exports.string(), external_exports.unknown())])
  }).strict(),
  external_exports.object({ type: external_exports.literal("contains"), value: Text }).strict(),
  external_exports.object({ type: external_exports.literal("icontains"), value: Text }).strict(),
  external_exports.object({ type: external_exports.literal("regex"), value: RegexSource }).strict(),
  external_exports.object({ type: external_exports.literal("is-json"), value: JsonSchemaValue.optional() }).strict(),
  external_exports.object({ type: external_exports.literal("llm-rubric"), value: Text }).strict()
]);
var EvalCase = external_exports.object({
  description: external_exports.string().min(3),
  vars: external_exports.object({
    title: Text,
    body: external_exports.string().default(""),
    labels: external_exports.array(external_exports.string()).default([])
  }).strict(),
  metadata: external_exports.object({
    lane: external_exports.enum(["in", "near-miss"]),
    expect: external_exports.enum(["done", "decline", "ask"]),
    handoff: Slug.optional(),
    writesWithin: external_exports.boolean().optional()
  }).strict(),
  assert: external_exports.array(EvalAssertion).default([])
}).strict().superRefine((c, ctx) => {
  if (c.metadata.lane === "in" && c.metadata.expect === "decline")
    ctx.addIssue({
      code: "custom",
      path: ["metadata", "expect"],
      message: "an in-lane case cannot expect a decline; call it near-miss"
    });
  if (c.metadata.handoff && c.metadata.expect !== "decline")
    ctx.addIssue({
      code: "custom",
      path: ["metadata", "handoff"],
      message: "a handoff is only expected of a decline"
    });
});
var EvalFile = external_exports.array(EvalCase).min(1);
function parseEvalFile(text, file) {
  const cases = parseYamlWith(EvalFile, text, file, { what: "eval file" });
  const seen = /* @__PURE__ */ new Map();
  cases.forEach((c, i) => {
    const j = seen.get(c.description);
    if (j !== void 0)
      throw new InputError(`The eval file ${file} has two cases named alike.`, [
        {
          location: { file },
          field: `[${i}].description`,
          message: `"${c.description}" is also case ${j}`
        }
      ]);
    seen.set(c.description, i);
  });
  return cases;
}
async function loadEvalFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new InputError(`Cannot read the eval file ${file}.`, [], { cause });
  }
  return parseEvalFile(text, file);
}

// src/evals/eval-matrix.ts
function kindOfCase(c, owner, config) {
  const labels = new Set(c.vars.labels.map((l) => l.toLowerCase()));
  const hits = Object.entries(config.kinds).filter(([, k]) => k.labels.some((l) => labels.has(l.toLowerCase()))).map(([id]) => id);
  return hits.length === 1 ? hits[0] : owner.kinds[0];
}
async function loadSuites(personas, root) {
  const suites = /* @__PURE__ */ new Map();
  const issues = [];
  for (const p of personas) {
    if (!p.evals) continue;
    const file = isAbsolute(p.evals) ? p.evals : join(root, p.evals);
    try {
      suites.set(p.name, await loadEvalFile(file));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...e.issues.length ? e.issues : [{ location: { file }, message: e.message }]);
    }
  }
  if (issues.length) throw new InputError(`${issues.length} problem(s) in the eval files.`, issues);
  return suites;
}
function buildMatrix(personas, suites, config) {
  const rows = [];
  for (const p of personas) {
    for (const c of suites.get(p.name) ?? []) {
      rows.push({
        id: `${p.name}/${c.metadata.lane}:${c.description}`,
        persona: p.name,
        origin: p.name,
        lane: c.metadata.lane,
        kind: kindOfCase(c, p, config),
        expect: c.metadata.expect,
        handoff: c.metadata.handoff,
        writesWithin: c.metadata.writesWithin ?? false,
        case: c
      });
    }
    for (const q of personas) {
      if (q === p) continue;
      for (const c of suites.get(q.name) ?? []) {
        if (c.metadata.lane !== "in") continue;
        const kind = kindOfCase(c, q, config);
        if (kind === void 0 || p.kinds.includes(kind)) continue;
        const handoff = p.declines.find((d) => d.handoff && d.kinds?.includes(kind))?.handoff;
        rows.push({
          id: `${p.name}/out:${q.name}:${c.description}`,
          persona: p.name,
          origin: q.name,
          lane: "out",
          kind,
          expect: "decline",
          handoff,
          writesWithin: false,
          case: { ...c, assert: [] }
        });
      }
    }
  }
  return rows;
}

// src/evals/prepare-evals.ts
async function prepareEvals(options) {
  const [config, registry] = await Promise.all([
    loadConfig({ file: options.configFile, repoDir: options.repoDir }),
    loadPersonas(options.personaDir)
  ]);
  const personas = registry.list();
  const selected = options.persona ? [registry.require(options.persona)] : personas;
  const suites = await loadSuites(personas, dirname(options.personaDir));
  const matrix = buildMatrix(personas, suites, config.config).filter(
    (r) => selected.some((p) => p.name === r.persona)
  );
  if (!matrix.length)
    throw new InputError("No eval cases to run.", [], {
      hint: "Give each persona an `evals:` file (personas/evals/<id>.yml)."
    });
  return { config, personas, selected, matrix };
}

export {
  prepareEvals
};
