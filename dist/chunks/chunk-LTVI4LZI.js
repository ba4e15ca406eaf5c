import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  pathsNamedIn
} from "./chunk-QNGC6G24.js";
import {
  require_picomatch
} from "./chunk-7KYRHF44.js";
import {
  canonicalGateId
} from "./chunk-2TU23YOJ.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/routing/compiled-globs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var compiled = /* @__PURE__ */ new WeakMap();
function globMatcher(globs) {
  let isMatch = compiled.get(globs);
  if (!isMatch) {
    isMatch = (0, import_picomatch.default)([...globs], { dot: true });
    compiled.set(globs, isMatch);
  }
  return isMatch;
}

// src/routing/compiled-rules.ts
var cache = /* @__PURE__ */ new WeakMap();
function compiledRouting(config) {
  let compiled2 = cache.get(config);
  if (!compiled2) {
    const kindsByLabel = /* @__PURE__ */ new Map();
    const kindOrder = /* @__PURE__ */ new Map();
    Object.entries(config.kinds).forEach(([id, kind], i) => {
      kindOrder.set(id, i);
      for (const label of kind.labels) {
        const key = label.toLowerCase();
        const list = kindsByLabel.get(key) ?? [];
        if (!list.includes(id)) list.push(id);
        kindsByLabel.set(key, list);
      }
    });
    compiled2 = {
      rules: config.rules.map((rule) => {
        const w = rule.when;
        return {
          rule,
          kinds: w.kinds && new Set(w.kinds),
          labels: w.labels && new Set(w.labels.map((l) => l.toLowerCase())),
          clients: w.clients && new Set(w.clients),
          sizes: w.sizes && new Set(w.sizes),
          paths: w.paths && globMatcher(w.paths),
          wants: {
            kinds: w.kinds?.join(" or ") ?? "",
            labels: w.labels?.join(", ") ?? "",
            clients: w.clients?.join(" or ") ?? "",
            sizes: w.sizes?.join(" or ") ?? "",
            paths: w.paths?.join(", ") ?? ""
          }
        };
      }),
      kindsByLabel,
      kindOrder
    };
    cache.set(config, compiled2);
  }
  return compiled2;
}

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

// src/routing/router.ts
function classifyKind(task, config) {
  if (task.kind) return { kind: task.kind, candidates: [task.kind] };
  const { kindsByLabel, kindOrder } = compiledRouting(config);
  const found = /* @__PURE__ */ new Set();
  for (const label of task.labels)
    for (const kind of kindsByLabel.get(label.toLowerCase()) ?? []) found.add(kind);
  const candidates = [...found].sort((x, y) => (kindOrder.get(x) ?? 0) - (kindOrder.get(y) ?? 0));
  return candidates.length === 1 ? { kind: candidates[0], candidates } : { candidates };
}
function sizeOf(task) {
  if (task.estimate === void 0) return "M";
  if (typeof task.estimate === "string") return task.estimate;
  return task.estimate <= 60 ? "S" : task.estimate <= 180 ? "M" : "L";
}
function matchRule(c, task, taskLabels, kind, size, paths) {
  const { rule, wants } = c;
  if (c.kinds && !c.kinds.has(kind))
    return { rule: rule.id, matched: false, why: `kind is ${kind}, rule wants ${wants.kinds}` };
  if (c.labels) {
    let any = false;
    for (const l of taskLabels) if (c.labels.has(l)) any = true;
    if (!any) return { rule: rule.id, matched: false, why: `no label among ${wants.labels}` };
  }
  if (c.clients && (!task.client || !c.clients.has(task.client)))
    return {
      rule: rule.id,
      matched: false,
      why: `client is ${task.client ?? "unset"}, rule wants ${wants.clients}`
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
    c.clients && `client ${task.client}`,
    c.sizes && `size ${size}`,
    c.paths && `path matches ${wants.paths}`
  ].filter(Boolean);
  return {
    rule: rule.id,
    matched: true,
    why: parts.length ? parts.join("; ") : "matches every task"
  };
}
var BILLING_RANK = {
  local: 0,
  scripted: 1,
  flat: 2,
  api: 3
};
function costsMoreThan(a, b) {
  const byBilling = BILLING_RANK[a.billing] - BILLING_RANK[b.billing];
  if (byBilling !== 0 || a.billing !== "api") return byBilling > 0;
  if (a.price.outputPerMTokMicros !== b.price.outputPerMTokMicros)
    return a.price.outputPerMTokMicros > b.price.outputPerMTokMicros;
  return a.price.inputPerMTokMicros > b.price.inputPerMTokMicros;
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
function route(input) {
  const { task, config } = input;
  const { kind, candidates } = classifyKind(task, config);
  if (!kind) {
    const reason = candidates.length === 0 ? `no kind of work matches the labels [${task.labels.join(", ")}]` : `the labels match more than one kind of work: ${candidates.join(", ")}`;
    return {
      type: "ask",
      reason,
      questions: [
        `Which kind of work is this? Add one label for it: ${Object.entries(config.kinds).map(([id, k]) => `${id} (${k.labels.join("/")})`).join(", ")}.`
      ],
      trace: untried(config, candidates),
      kind: void 0
    };
  }
  const kindConfig = config.kinds[kind];
  if (!kindConfig) {
    return {
      type: "ask",
      reason: `the task names kind "${kind}", which the config does not define`,
      questions: [
        `Which kind of work is this? Known kinds: ${Object.keys(config.kinds).join(", ")}.`
      ],
      trace: untried(config, [], `kind "${kind}" is not in the config`),
      kind
    };
  }
  const size = sizeOf(task);
  const paths = pathsNamedIn(`${task.title}
${task.body}`);
  const trace = [];
  let chosen;
  const taskLabels = new Set(task.labels.map((l) => l.toLowerCase()));
  let notReached = "";
  for (const compiled2 of compiledRouting(config).rules) {
    const rule = compiled2.rule;
    if (chosen) {
      trace.push({ rule: rule.id, matched: false, why: notReached });
      continue;
    }
    let t = matchRule(compiled2, task, taskLabels, kind, size, paths);
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
  const wantedTier = chosen.route.tier;
  const risk = riskOf(chosen.risk, paths, config);
  const placed = rerouteDisabledTier(wantedTier, chosen.route.fallback, risk, config);
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
  const byHand = typeof task.estimate === "number" ? { minutes: task.estimate, source: "task estimate (minutes)" } : {
    minutes: kindConfig.byHandMinutes[size],
    source: `config kinds.${kind}.byHandMinutes.${size}`
  };
  const plan = {
    task: task.id,
    kind,
    risk,
    size,
    client: task.client,
    rule: { id: chosen.id, reason: chosen.reason },
    configHash: input.configHash,
    persona,
    tier: tierId,
    models: fallbackModels(tier.models, chosen.route.fallback, config),
    fallback: chosen.route.fallback,
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
    trace
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
  fallbackModels,
  route
};
