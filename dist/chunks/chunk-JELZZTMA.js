import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  frontMatterLine
} from "./chunk-GUMRL32O.js";
import {
  knownGateNames
} from "./chunk-2TU23YOJ.js";
import {
  yamlLineLocator
} from "./chunk-Q5CZ6PGP.js";
import {
  InputError
} from "./chunk-ZFFYD355.js";

// src/config/check-config.ts
import { readFileSync } from "node:fs";
var RISK_ORDER = ["low", "medium", "high"];
function configProblems(loaded, personas) {
  const { config, file } = loaded;
  let locate;
  const lineOf = (path) => {
    if (loaded.text === void 0) return void 0;
    locate ??= yamlLineLocator(loaded.text);
    return locate(path);
  };
  const errors = [];
  const warnings = [];
  const at = (path) => ({ file, line: lineOf(path) });
  const field = (path) => path.reduce(
    (acc, p) => typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p,
    ""
  );
  const problem = (list, path, message) => list.push({ location: at(path), field: field(path), message });
  const byName = personas ? new Map(personas.map((p) => [p.name, p])) : void 0;
  const gates = new Set(knownGateNames());
  const allKinds = Object.keys(config.kinds);
  config.rules.forEach((rule, i) => {
    const persona = byName?.get(rule.route.persona);
    if (byName && !persona)
      problem(
        errors,
        ["rules", i, "route", "persona"],
        `no persona named "${rule.route.persona}"${nearest(rule.route.persona, [...byName.keys()])} (\`aios personas list\` shows all ${byName.size})`
      );
    if (persona) {
      for (const kind of rule.when.kinds ?? [])
        if (!persona.kinds.includes(kind))
          problem(
            errors,
            ["rules", i, "route", "persona"],
            `rule ${rule.id} sends kind ${kind} to ${persona.name}, which accepts only ${persona.kinds.join(", ")}`
          );
    }
    const allowed = config.risk.levels[rule.risk].tiers;
    if (allowed && !allowed.includes(rule.route.tier))
      problem(
        errors,
        ["rules", i, "route", "tier"],
        `rule ${rule.id} is ${rule.risk} risk, and risk.levels.${rule.risk}.tiers allows only ${allowed.join(", ")}, not ${rule.route.tier}`
      );
    if (!rule.owner && !config.owner)
      problem(
        warnings,
        ["rules", i, "id"],
        `rule ${rule.id} has no owner (set owner: on it or at the top)`
      );
  });
  config.rules.forEach((later, j) => {
    for (let i = 0; i < j; i++) {
      const earlier = config.rules[i];
      if (earlier && covers(earlier, later, config, byName)) {
        problem(
          errors,
          ["rules", j, "id"],
          `rule ${later.id} is unreachable: rule ${earlier.id} (rules[${i}]) fires on every task it would`
        );
        break;
      }
    }
  });
  for (const kind of allKinds) {
    const routed = config.rules.some((rule) => {
      if (rule.when.kinds && !rule.when.kinds.includes(kind)) return false;
      const persona = byName?.get(rule.route.persona);
      return !persona || persona.kinds.includes(kind);
    });
    if (!routed)
      problem(warnings, ["kinds", kind], `no rule routes kind ${kind}: such tasks always ask`);
  }
  const { perMonth, perTask, perPersonMonth, perTier } = config.budgets;
  const dollars = (micros) => `$${(micros / 1e6).toFixed(2)}`;
  if (perTask > perMonth)
    problem(
      errors,
      ["budgets", "perTask"],
      `the per-task cap ${dollars(perTask)} is above the month cap ${dollars(perMonth)}`
    );
  if (perPersonMonth !== void 0 && perPersonMonth > perMonth)
    problem(
      errors,
      ["budgets", "perPersonMonth"],
      `the per-person cap ${dollars(perPersonMonth)} is above the month cap ${dollars(perMonth)}`
    );
  for (const [tier, cap] of Object.entries(perTier))
    if (cap > perMonth)
      problem(
        errors,
        ["budgets", "perTier", tier],
        `the ${tier} tier cap ${dollars(cap)} is above the month cap ${dollars(perMonth)}`
      );
  for (const risk of RISK_ORDER) {
    const level = config.risk.levels[risk];
    level.tiers?.forEach((t, k) => {
      if (!config.tiers[t])
        problem(errors, ["risk", "levels", risk, "tiers", k], `no tier named "${t}"`);
    });
    level.gates.forEach((g, k) => {
      if (!gates.has(g))
        problem(
          errors,
          ["risk", "levels", risk, "gates", k],
          `no gate named "${g}"; the gates are ${[...gates].join(", ")}`
        );
    });
  }
  if (Object.values(config.tiers).every((t) => !t.enabled))
    problem(warnings, ["tiers"], "every tier has enabled: false: every task asks");
  const named = new Set(config.rules.map((r) => r.route.persona));
  for (const persona of personas ?? []) {
    const personaLine = (name) => {
      try {
        return frontMatterLine(readFileSync(persona.file, "utf8"), name);
      } catch {
        return void 0;
      }
    };
    if (persona.tier !== void 0 && !config.tiers[persona.tier] && named.has(persona.name))
      warnings.push({
        location: { file: persona.file, line: personaLine("tier") },
        field: "tier",
        message: `no tier named "${persona.tier}" in ${file}: a person's pick of ${persona.name} runs on the rule's tier`
      });
    for (const g of persona.gates)
      if (!gates.has(g))
        errors.push({
          location: { file: persona.file, line: personaLine("gates") },
          field: "gates",
          message: `no gate named "${g}"; the gates are ${[...gates].join(", ")}`
        });
  }
  const byLine = (x, y) => (x.location?.file ?? "").localeCompare(y.location?.file ?? "") || (x.location?.line ?? 0) - (y.location?.line ?? 0);
  return { errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
}
function within(values, wider, fold = false) {
  if (!wider) return true;
  if (!values) return false;
  const norm = (v) => fold ? v.toLowerCase() : v;
  const set = new Set(wider.map(norm));
  return values.every((v) => set.has(norm(v)));
}
function covers(earlier, later, config, personas) {
  const e = earlier.when;
  const l = later.when;
  if (!within(l.kinds, e.kinds)) return false;
  if (!within(l.labels, e.labels, true)) return false;
  if (!within(l.clients, e.clients)) return false;
  if (!within(l.sizes, e.sizes)) return false;
  if (!within(l.paths, e.paths)) return false;
  if (personas) {
    const persona = personas.get(earlier.route.persona);
    if (!persona) return false;
    const kinds = l.kinds ?? Object.keys(config.kinds);
    if (!kinds.every((k) => persona.kinds.includes(k))) return false;
  }
  return true;
}
async function assertConfigSound(loaded, personas) {
  const all = personas?.all ? await personas.all() : void 0;
  const { errors, warnings } = configProblems(loaded, all);
  if (errors.length)
    throw new InputError(
      `The config ${loaded.file} has ${errors.length} problem(s) with the personas, tiers, gates or budgets it names.`,
      errors,
      {
        hint: "Fix each line shown; `aios config check` lists every problem without running anything."
      }
    );
  return warnings;
}
function nearest(name, known) {
  let best;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ? `; did you mean "${best}"?` : "";
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export {
  configProblems,
  assertConfigSound
};
