import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  costsMoreThan
} from "./chunk-YO32VXJS.js";
import {
  learnCandidates
} from "./chunk-53PWU2L4.js";
import {
  frontMatterLine
} from "./chunk-4GYJU3D3.js";
import {
  yamlLineLocator
} from "./chunk-7REA5PZY.js";
import {
  didYouMean
} from "./chunk-V62ESCJZ.js";
import {
  canonicalJson
} from "./chunk-PRCMZNRS.js";
import {
  cachedValidation
} from "./chunk-7D2IJALN.js";
import {
  canonicalGateId,
  knownGateNames
} from "./chunk-MU7G7UNU.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";

// src/config/check-config.ts
import { readFileSync } from "node:fs";

// src/config/check-learn.ts
function learnProblems(config) {
  const problems = [];
  config.rules.forEach((rule, i) => {
    const learn = rule.learn;
    if (!learn) return;
    if (rule.risk === "high")
      problems.push({
        path: ["rules", i, "learn"],
        message: `rule ${rule.id} is high risk, and a learned downgrade never applies to high-risk work: remove learn`
      });
    const ownId = config.tiers[rule.route.tier]?.models[0];
    const own = ownId === void 0 ? void 0 : config.models[ownId];
    learn.cheaper.forEach((name, j) => {
      const [candidate] = learnCandidates([name], config);
      if (!candidate) return;
      const path = ["rules", i, "learn", "cheaper", j];
      const model = config.models[candidate.model];
      if (own && model && costsMoreThan(model, own))
        problems.push({
          path,
          message: `"${name}" (${candidate.model}) costs more than the rule's own model ${ownId}: learn only moves work to a cheaper model`
        });
      if (candidate.model === ownId && candidate.tier === rule.route.tier)
        problems.push({
          path,
          message: `"${name}" is the rule's own model and tier: nothing to learn`
        });
      for (const risk of learn.risks) {
        const allowed = config.risk.levels[risk].tiers;
        if (allowed && !allowed.includes(candidate.tier))
          problems.push({
            path,
            message: `"${name}" runs on tier ${candidate.tier}, which risk.levels.${risk}.tiers does not allow (${allowed.join(", ")})`
          });
      }
    });
  });
  return problems;
}

// src/gates/catch-rates.ts
var CASCADE_CATCH_RATE_BAR = 0.95;
var MEASURED_CATCH_RATES = {
  accessibility: { caught: 28, defects: 28 },
  editorial: { caught: 19, defects: 19 },
  "code-readability": { caught: 21, defects: 21 },
  "wordpress-security": { caught: 26, defects: 26 }
};
function measuredCatchRate(gate) {
  const m = MEASURED_CATCH_RATES[canonicalGateId(gate)];
  return m && m.defects > 0 ? m.caught / m.defects : void 0;
}
function cascadeBarProblem(gates, bar = CASCADE_CATCH_RATE_BAR) {
  const deterministic = [...new Set(gates.map(canonicalGateId))].filter((g) => g !== "reviewer");
  const measured = deterministic.flatMap((g) => {
    const rate = measuredCatchRate(g);
    return rate === void 0 ? [] : [{ gate: g, rate }];
  });
  const pct = (r) => `${Math.round(r * 1e3) / 10}%`;
  if (measured.length === 0)
    return `none of its deterministic gates (${deterministic.join(", ") || "none"}) has a measured catch rate; a cascade needs one measured at \u2265 ${pct(bar)} (test/gates/corpus.test.ts)`;
  const below = measured.filter((m) => m.rate < bar);
  if (below.length)
    return `${below.map((m) => `${m.gate} catches ${pct(m.rate)}`).join(", ")} of the seeded defects, under the ${pct(bar)} bar (test/gates/corpus.test.ts)`;
  return void 0;
}

// src/config/check-cascade.ts
function cascadeProblems(config) {
  const out = [];
  config.rules.forEach((rule, i) => {
    if (rule.route.fallback !== "escalate-on-gate-fail") return;
    const kinds = rule.when.kinds ?? Object.keys(config.kinds);
    for (const kind of kinds) {
      const k = config.kinds[kind];
      if (!k) continue;
      const gates = [
        ...k.gates,
        ...rule.route.gates ?? [],
        ...config.risk.levels[rule.risk].gates
      ];
      const why = cascadeBarProblem(gates, CASCADE_CATCH_RATE_BAR);
      if (why)
        out.push({
          path: ["rules", i, "route", "fallback"],
          message: `rule ${rule.id} cascades kind ${kind}, but ${why}`
        });
    }
  });
  return out;
}

// src/config/check-config.ts
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
        `no persona named "${rule.route.persona}"${didYouMean(rule.route.persona, [...byName.keys()])} (\`aios personas list\` shows all ${byName.size})`
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
  const widths = config.rules.map(widthsOf);
  config.rules.forEach((later, j) => {
    for (let i = 0; i < j; i++) {
      const earlier = config.rules[i];
      const wider = widths[i];
      if (earlier && wider && covers(earlier, wider, later, config, byName)) {
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
  for (const p of learnProblems(config)) problem(errors, p.path, p.message);
  for (const c of cascadeProblems(config)) problem(errors, c.path, c.message);
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
function widthsOf(rule) {
  const w = rule.when;
  const set = (values) => values ? new Set(values) : void 0;
  return {
    kinds: set(w.kinds),
    labels: set(w.labels?.map((l) => l.toLowerCase())),
    clients: set(w.clients),
    sizes: set(w.sizes),
    paths: set(w.paths)
  };
}
function within(values, wider, fold = false) {
  if (!wider) return true;
  if (!values) return false;
  return values.every((v) => wider.has(fold ? v.toLowerCase() : v));
}
function covers(earlier, e, later, config, personas) {
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
  const check = () => {
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
  };
  const inputs = [
    loaded.file,
    loaded.text ?? canonicalJson(loaded.config),
    ...(all ?? []).map(
      (p) => JSON.stringify([p.name, p.kinds, p.file, p.owner, p.gates, p.tier ?? null])
    )
  ];
  try {
    return cachedValidation(all ? "config-sound" : "config-sound-alone", inputs, () => {
      const warnings = check();
      if (warnings.some((w) => w.location?.file !== loaded.file)) throw new NotKept(warnings);
      return warnings;
    });
  } catch (error) {
    if (error instanceof NotKept) return error.warnings;
    throw error;
  }
}
var NotKept = class {
  constructor(warnings) {
    this.warnings = warnings;
  }
  warnings;
};

export {
  configProblems,
  assertConfigSound
};
