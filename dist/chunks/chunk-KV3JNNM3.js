import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  classifyTask,
  compiledRouting,
  globMatcher
} from "./chunk-M2QRR7AK.js";
import {
  pathsNamedIn
} from "./chunk-QNGC6G24.js";
import {
  costsMoreThan
} from "./chunk-YO32VXJS.js";
import {
  cascadeAllowed
} from "./chunk-UO6V55NV.js";
import {
  closestName
} from "./chunk-V62ESCJZ.js";
import {
  canonicalGateId
} from "./chunk-MU7G7UNU.js";

// src/routing/risk-and-tiers.ts
var RANK = { low: 0, medium: 1, high: 2 };
function riskOf(ruleRisk, paths, config) {
  let risk = ruleRisk;
  for (const level of ["high", "medium"]) {
    if (RANK[risk] >= RANK[level]) break;
    const globs = config.risk.paths[level];
    if (globs.length === 0) continue;
    const isMatch = globMatcher(globs);
    if (paths.some((p) => isMatch(p))) risk = level;
  }
  return risk;
}
function rerouteDisabledTier(wanted, fallback, risk, config) {
  const allowed = config.risk.levels[risk].tiers;
  const usable = (id) => config.tiers[id]?.enabled !== false && (!allowed || allowed.includes(id));
  if (usable(wanted)) return { type: "tier", tier: wanted };
  const off = config.tiers[wanted]?.enabled === false;
  const problem = off ? `tier ${wanted} is switched off (tiers.${wanted}.enabled: false)` : `${risk}-risk work may not run on tier ${wanted} (risk.levels.${risk}.tiers: ${allowed?.join(", ") ?? ""})`;
  if (fallback === "none")
    return { type: "ask", reason: `${problem}, and the rule's fallback is none` };
  const primary = (id) => {
    const first = config.tiers[id]?.models[0];
    return first === void 0 ? void 0 : config.models[first];
  };
  const wantedModel = primary(wanted);
  const others = Object.keys(config.tiers).filter((id) => id !== wanted && usable(id));
  const cheaper = others.filter((id) => {
    const m = primary(id);
    return m !== void 0 && wantedModel !== void 0 && !costsMoreThan(m, wantedModel);
  });
  const byCost = (a, b) => {
    const ma = primary(a);
    const mb = primary(b);
    if (!ma || !mb) return 0;
    return costsMoreThan(ma, mb) ? 1 : costsMoreThan(mb, ma) ? -1 : 0;
  };
  const nearestCheaper = [...cheaper].sort(byCost).at(-1);
  if (nearestCheaper)
    return {
      type: "tier",
      tier: nearestCheaper,
      why: `${problem}; rerouted to ${nearestCheaper} by fallback ${fallback}`
    };
  if (fallback === "any") {
    const cheapestDearer = others.filter((id) => !cheaper.includes(id)).sort(byCost)[0];
    if (cheapestDearer)
      return {
        type: "tier",
        tier: cheapestDearer,
        why: `${problem}; rerouted to ${cheapestDearer} by fallback any`
      };
  }
  return { type: "ask", reason: `${problem}, and no allowed tier fits fallback ${fallback}` };
}

// src/routing/cascade-plan.ts
function cascadeStart(rule, risk, config) {
  const { route: route2 } = rule;
  if (route2.fallback !== "escalate-on-gate-fail")
    return { tier: route2.tier, fallback: route2.fallback, next: [] };
  const allowed = config.risk.levels[risk].tiers;
  const usable = (id) => config.tiers[id]?.enabled !== false && (!allowed || allowed.includes(id));
  const chain = [route2.tier, ...route2.escalateTo ?? []].filter(usable);
  const fallback = "same-or-cheaper";
  if (!cascadeAllowed(config.risk, risk)) {
    const top = chain.at(-1) ?? route2.escalateTo?.at(-1) ?? route2.tier;
    return {
      tier: top,
      fallback,
      next: [],
      trace: {
        rule: "cascade",
        matched: false,
        why: `${risk}-risk work may not cascade (risk.levels.${risk}.cascade); straight to ${top}`
      }
    };
  }
  const [first, ...next] = chain;
  if (first === void 0) return { tier: route2.tier, fallback, next: [] };
  return {
    tier: first,
    fallback,
    next,
    trace: {
      rule: "cascade",
      matched: next.length > 0,
      why: next.length ? `escalate-on-gate-fail: ${first} first, then ${next.join(", ")} when a deterministic gate fails` : `escalate-on-gate-fail: no usable tier to escalate to beyond ${first}`
    }
  };
}

// src/routing/router.ts
function sizeOf(estimate) {
  if (estimate === void 0) return "M";
  if (typeof estimate === "string") return estimate;
  return estimate <= 60 ? "S" : estimate <= 180 ? "M" : "L";
}
function matchRule(c, client, taskLabels, kind, size, paths) {
  const { rule, wants } = c;
  if (c.kinds && !c.kinds.has(kind))
    return { rule: rule.id, matched: false, why: `kind is ${kind}, rule wants ${wants.kinds}` };
  if (c.labels) {
    let any = false;
    for (const l of taskLabels) if (c.labels.has(l)) any = true;
    if (!any) return { rule: rule.id, matched: false, why: `no label among ${wants.labels}` };
  }
  if (c.clients && (!client || !c.clients.has(client)))
    return {
      rule: rule.id,
      matched: false,
      why: `client is ${client ?? "unset"}, rule wants ${wants.clients}`
    };
  if (c.sizes && !c.sizes.has(size))
    return { rule: rule.id, matched: false, why: `size is ${size}, rule wants ${wants.sizes}` };
  if (c.paths) {
    let any = false;
    for (const p of paths) if (c.paths(p)) any = true;
    if (!any) return { rule: rule.id, matched: false, why: `no named path matches ${wants.paths}` };
  }
  const parts = [
    c.kinds && `kind ${kind}`,
    c.labels && `label among ${wants.labels}`,
    c.clients && `client ${client}`,
    c.sizes && `size ${size}`,
    c.paths && `path matches ${wants.paths}`
  ].filter(Boolean);
  return {
    rule: rule.id,
    matched: true,
    why: parts.length ? parts.join("; ") : "matches every task"
  };
}
function fallbackModels(tierModels, fallback, config) {
  const [first, ...rest] = tierModels;
  if (first === void 0) return [];
  if (fallback === "none") return [first];
  if (fallback === "any") return [...tierModels];
  const primary = config.models[first];
  if (!primary) throw new Error(`config validated, yet model ${first} is missing`);
  return [
    first,
    ...rest.filter((id) => {
      const model = config.models[id];
      return model !== void 0 && !costsMoreThan(model, primary);
    })
  ];
}
function closeLabels(labels, config) {
  const known = [...new Set(Object.values(config.kinds).flatMap((k) => k.labels))];
  const own = /* @__PURE__ */ new Set([config.intake.label, config.intake.needsHumanLabel]);
  const hints = [];
  for (const label of labels) {
    if (own.has(label) || label.startsWith(`${config.intake.label}:`) || known.includes(label))
      continue;
    const closest = closestName(label, known);
    if (closest) hints.push(`"${closest}" (not "${label}")`);
  }
  return hints.length ? `Did you mean the label ${hints.join(" and ")}? ` : "";
}
function route(input) {
  const { task, config } = input;
  const classified = input.classification && (!task.kind || input.classification.kind === task.kind) ? input.classification : classifyTask(task, config);
  const { kind, candidates } = classified;
  if (!kind) {
    const onlyLabels = classified.notes.every((n) => n.startsWith("labels "));
    const why = classified.notes.length ? ` (${classified.notes.join("; ")})` : "";
    const reason = candidates.length === 0 ? `no kind of work matches the labels [${task.labels.join(", ")}]${why}` : onlyLabels ? `the labels match more than one kind of work: ${candidates.join(", ")}` : `the kind of work is not settled among ${candidates.join(", ")}${why}`;
    const listed = candidates.length > 1 ? candidates : Object.keys(config.kinds);
    const misspelt = candidates.length === 0 ? closeLabels(task.labels, config) : "";
    return {
      type: "ask",
      reason,
      questions: [
        `Which kind of work is this? ${misspelt}Add one label for it: ${listed.map((id) => `${id} (${config.kinds[id]?.labels.join("/") ?? ""})`).join(", ")}.`
      ],
      trace: untried(config, candidates),
      kind: void 0
    };
  }
  const kindConfig = config.kinds[kind];
  if (!kindConfig) {
    const closest = closestName(kind, Object.keys(config.kinds));
    return {
      type: "ask",
      reason: `the task names kind "${kind}", which the config does not define`,
      questions: [
        `Which kind of work is this? ${closest ? `Did you mean "${closest}"? ` : ""}Known kinds: ${Object.keys(config.kinds).join(", ")}.`
      ],
      trace: untried(config, [], `kind "${kind}" is not in the config`),
      kind
    };
  }
  const size = sizeOf(classified.estimate);
  const client = classified.client;
  const paths = pathsNamedIn(`${task.title}
${task.body}`);
  const trace = [];
  let chosen;
  const taskLabels = new Set(task.labels.map((l) => l.toLowerCase()));
  let notReached = "";
  for (const compiled of compiledRouting(config).rules) {
    const rule = compiled.rule;
    if (chosen) {
      trace.push({ rule: rule.id, matched: false, why: notReached });
      continue;
    }
    let t = matchRule(compiled, client, taskLabels, kind, size, paths);
    const lane = input.lanes?.get(rule.route.persona);
    if (t.matched && lane && !lane.kinds.includes(kind))
      t = {
        rule: rule.id,
        matched: false,
        why: `persona ${rule.route.persona} does not accept kind ${kind} (it takes ${lane.kinds.join(", ")})`
      };
    trace.push(t);
    if (t.matched) {
      chosen = rule;
      notReached = `not reached: ${rule.id} fired first`;
    }
  }
  if (!chosen) {
    return {
      type: "ask",
      reason: `no routing rule matches this ${kind} task`,
      questions: [
        "No written rule covers this work. Which persona should take it, or should a rule be added?"
      ],
      trace,
      kind
    };
  }
  const override = input.personaOverride;
  const persona = override?.persona ?? chosen.route.persona;
  const personaLane = input.lanes?.get(persona);
  const risk = riskOf(chosen.risk, paths, config);
  const start = cascadeStart(chosen, risk, config);
  if (start.trace) trace.push(start.trace);
  const wantedTier = start.tier;
  const placed = rerouteDisabledTier(wantedTier, start.fallback, risk, config);
  if (placed.type === "ask")
    return {
      type: "ask",
      reason: placed.reason,
      questions: [
        `${placed.reason}. Which tier should take this work, or should the switch or the risk policy change?`
      ],
      trace: [...trace, { rule: "tier-policy", matched: false, why: placed.reason }],
      kind
    };
  if (placed.why) trace.push({ rule: "tier-policy", matched: true, why: placed.why });
  const tierId = placed.tier;
  const tier = config.tiers[tierId];
  if (!tier) throw new Error(`config validated, yet tier ${tierId} is missing`);
  const byHand = typeof classified.estimate === "number" ? {
    minutes: classified.estimate,
    source: classified.sources.estimate === "task" ? "task estimate (minutes)" : `task estimate (minutes, from ${classified.sources.estimate})`
  } : {
    minutes: kindConfig.byHandMinutes[size],
    source: `config kinds.${kind}.byHandMinutes.${size}`
  };
  const plan = {
    task: task.id,
    kind,
    risk,
    size,
    client,
    classified: { ...classified.sources, confidence: classified.confidence },
    rule: { id: chosen.id, reason: chosen.reason },
    configHash: input.configHash,
    persona,
    tier: tierId,
    models: fallbackModels(tier.models, start.fallback, config),
    fallback: start.fallback,
    gates: [
      ...new Set(
        [
          ...kindConfig.gates,
          ...chosen.route.gates ?? [],
          ...personaLane?.gates ?? [],
          ...config.risk.levels[risk].gates
        ].map(canonicalGateId)
      )
    ],
    maxAttempts: chosen.route.maxAttempts,
    approvers: chosen.route.approvers ?? config.signoff.approvers,
    owner: chosen.owner ?? config.owner,
    byHand,
    overriddenBy: override?.by,
    trace,
    ...start.next.length ? {
      cascade: start.next.map((id) => ({
        tier: id,
        models: fallbackModels(config.tiers[id]?.models ?? [], start.fallback, config)
      }))
    } : {}
  };
  return { type: "route", plan };
}
function untried(config, candidates, why) {
  const reason = why ?? (candidates.length > 1 ? `the kind is ambiguous (${candidates.join(" or ")})` : "no kind of work matches the labels");
  return config.rules.map((rule) => ({
    rule: rule.id,
    matched: false,
    why: `not tried: ${reason}${rule.when.kinds ? `; rule wants ${rule.when.kinds.join(" or ")}` : ""}`
  }));
}

export {
  rerouteDisabledTier,
  cascadeStart,
  fallbackModels,
  route
};
