import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  frontMatterLine,
  parsePersona
} from "./chunk-4GYJU3D3.js";
import "./chunk-56SP7YYP.js";
import {
  parseStandards,
  readStandardFiles,
  standardsDirFor
} from "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import {
  cachedValidation,
  cachedValidationAsync
} from "./chunk-7D2IJALN.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/personas/lint-personas.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join as join2 } from "node:path";

// src/routing/check-rule-lanes.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlLines(text) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter });
  return (path) => {
    const node = doc.getIn(path, true);
    return (0, import_yaml.isNode)(node) && node.range ? lineCounter.linePos(node.range[0]).line : void 0;
  };
}
function ruleLaneIssues(loaded, personas, text) {
  const issues = [];
  let lineOf;
  loaded.config.rules.forEach((rule, i) => {
    const at = (path) => ({
      file: loaded.file,
      line: text ? (lineOf ??= yamlLines(text))(path) : void 0
    });
    const persona = personas.get(rule.route.persona);
    if (!persona) {
      issues.push({
        location: at(["rules", i, "route", "persona"]),
        field: `rules[${i}].route.persona`,
        message: `no persona named "${rule.route.persona}"`
      });
      return;
    }
    for (const kind of rule.when.kinds ?? []) {
      if (!persona.kinds.includes(kind))
        issues.push({
          location: at(["rules", i, "route", "persona"]),
          field: `rules[${i}].route.persona`,
          message: `rule ${rule.id} sends kind ${kind} to ${rule.route.persona}, which accepts only ${persona.kinds.join(", ")}`
        });
    }
  });
  return issues;
}

// src/personas/lint-files.ts
import { join } from "node:path";
function issuesOf(error, file) {
  if (!(error instanceof InputError)) throw error;
  return error.issues.length ? error.issues : [{ location: { file }, message: error.message }];
}
function parseLintPersonas(dir, names, texts) {
  return cachedValidationAsync(
    "persona-lint",
    [dir, ...names.flatMap((name, i) => [name, texts[i] ?? ""])],
    async () => {
      const { matchesEverything } = await import("./writes-everything-FZ4QAO2I.js");
      const parsed = [];
      const issues = [];
      for (const [i, name] of names.entries()) {
        const file = join(dir, name);
        const text = texts[i] ?? "";
        try {
          const persona = parsePersona(text, file);
          parsed.push({ persona, writesEverything: matchesEverything(persona.writes) });
        } catch (error) {
          issues.push(...issuesOf(error, file));
        }
      }
      return { parsed, issues };
    },
    { keep: (r) => r.issues.length === 0 }
  );
}
function lintStandards(dir) {
  const files = readStandardFiles(dir);
  return cachedValidation(
    "standards",
    [dir, ...files.flatMap((f) => [f.file, f.text])],
    () => parseStandards(dir, files)
  );
}
function checkEvalFiles(files) {
  return cachedValidationAsync(
    "eval-files",
    files.flatMap((f) => [f.file, f.text]),
    async () => {
      const { parseEvalFile } = await import("./eval-file-L5FO5SJQ.js");
      const problems = /* @__PURE__ */ new Map();
      for (const { file, text } of files) {
        try {
          parseEvalFile(text, file);
        } catch (error) {
          problems.set(file, issuesOf(error, file));
        }
      }
      return problems;
    },
    { keep: (problems) => problems.size === 0 }
  );
}

// src/personas/lint-personas.ts
var TODO = /^TODO\b/;
async function lintPersonas(options) {
  const { dir } = options;
  const { config } = options.config;
  const findings = [];
  const add = (severity, rule, issue) => findings.push({ ...issue, severity, rule });
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".md") && n !== "README.md").sort();
  } catch (cause) {
    throw new InputError(`Cannot read the persona folder ${dir}.`, [], { cause });
  }
  let standards = /* @__PURE__ */ new Map();
  try {
    standards = lintStandards(options.standardsDir ?? standardsDirFor(dir));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const i of error.issues) add("error", "standard-schema", i);
  }
  const read = names.map((name) => readFileSync(join2(dir, name), "utf8"));
  const folder = await parseLintPersonas(dir, names, read);
  for (const i of folder.issues) add("error", "schema", i);
  const personas = folder.parsed.map((p) => p.persona);
  const texts = new Map(names.map((name, i) => [join2(dir, name), read[i] ?? ""]));
  const writesEverything = /* @__PURE__ */ new Set();
  for (const p of folder.parsed) if (p.writesEverything) writesEverything.add(p.persona);
  const evalPathOf = (evals) => isAbsolute(evals) ? evals : join2(dirname(dir), evals);
  const evalTexts = /* @__PURE__ */ new Map();
  for (const p of personas) {
    const file = p.evals && evalPathOf(p.evals);
    if (file && !evalTexts.has(file) && existsSync(file))
      evalTexts.set(file, readFileSync(file, "utf8"));
  }
  const evalProblems = await checkEvalFiles([...evalTexts].map(([file, text]) => ({ file, text })));
  const byName = /* @__PURE__ */ new Map();
  const byDescription = /* @__PURE__ */ new Map();
  for (const p of personas) {
    const text = texts.get(p.file) ?? "";
    const at = (field) => ({ file: p.file, line: frontMatterLine(text, field) });
    const lower = p.name.toLowerCase();
    if (byName.has(lower))
      add("error", "duplicate-name", {
        location: at("name"),
        field: "name",
        message: `"${p.name}" is also ${byName.get(lower)?.file}`
      });
    byName.set(lower, p);
    const desc = p.description.trim().toLowerCase();
    const twin = byDescription.get(desc);
    if (twin)
      add("error", "duplicate-description", {
        location: at("description"),
        field: "description",
        message: `same description as ${twin}: the router and the lane screen cannot tell them apart`
      });
    byDescription.set(desc, p.name);
    const todos = [
      p.kinds.includes("todo") && "kinds",
      p.owner === "TODO" && "owner",
      TODO.test(p.description) && "description",
      p.declines.some((d) => TODO.test(d.say)) && "declines",
      /^TODO:/m.test(p.instructions) && "instructions"
    ].filter((f) => typeof f === "string");
    for (const field of todos)
      add("error", "todo", {
        location: at(field === "instructions" ? "name" : field),
        field,
        message: "TODO left by `aios personas import`: fill it in"
      });
    if (writesEverything.has(p))
      add("error", "writes-everything", {
        location: at("writes"),
        field: "writes",
        message: `[${p.writes.join(", ")}] matches every path; name the folders this role writes`
      });
    if (p.tier && !config.tiers[p.tier])
      add("error", "unknown-tier", {
        location: at("tier"),
        field: "tier",
        message: `no tier named "${p.tier}" (config has ${Object.keys(config.tiers).join(", ")})`
      });
    const missing = p.standards.filter((s) => !standards.has(s));
    if (missing.length)
      add("error", "unknown-standard", {
        location: at("standards"),
        field: "standards",
        message: `cites ${missing.map((m) => `standards/${m}.md`).join(", ")}, which does not exist`
      });
    for (const kind of p.kinds) {
      if (kind === "todo") continue;
      const routed = config.rules.some(
        (r) => r.route.persona === p.name && (!r.when.kinds || r.when.kinds.includes(kind))
      );
      if (!routed)
        add("warning", "kind-not-routed", {
          location: at("kinds"),
          field: "kinds",
          message: `no rule routes ${config.kinds[kind] ? "kind" : "unknown kind"} ${kind} to ${p.name} (reachable only by handoff or /aios route)`
        });
    }
    if (p.evals) {
      const evalPath = evalPathOf(p.evals);
      if (evalTexts.has(evalPath)) {
        for (const i of evalProblems.get(evalPath) ?? []) add("error", "eval-schema", i);
      } else
        add("warning", "missing-evals", {
          location: at("evals"),
          field: "evals",
          message: `${p.evals} does not exist`
        });
    } else
      add("warning", "missing-evals", {
        location: { file: p.file },
        field: "evals",
        message: "no eval file named"
      });
  }
  for (const p of personas) {
    const text = texts.get(p.file) ?? "";
    p.declines.forEach((d, i) => {
      if (d.handoff && !byName.has(d.handoff.toLowerCase()))
        add("error", "unknown-handoff", {
          location: { file: p.file, line: frontMatterLine(text, "declines") },
          field: `declines[${i}].handoff`,
          message: `no persona named "${d.handoff}"`
        });
      if (d.handoff === p.name)
        add("error", "self-handoff", {
          location: { file: p.file, line: frontMatterLine(text, "declines") },
          field: `declines[${i}].handoff`,
          message: "a persona cannot hand off to itself"
        });
    });
  }
  const known = new Map(personas.map((p) => [p.name, p]));
  for (const i of ruleLaneIssues(options.config, known, options.configText))
    add(
      "error",
      i.message.startsWith("no persona") ? "rule-unknown-persona" : "rule-kind-outside-lane",
      i
    );
  const errors = findings.filter((f) => f.severity === "error").length;
  return { personas, findings, errors, warnings: findings.length - errors };
}
export {
  lintPersonas
};
