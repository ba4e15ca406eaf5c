import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  pathsNamedIn
} from "./chunk-QNGC6G24.js";
import {
  require_picomatch
} from "./chunk-7KYRHF44.js";
import {
  canonicalGateId
} from "./chunk-X56SRAB6.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/routing/router.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function classifyKind(task, config) {
  if (task.kind) return { kind: task.kind, candidates: [task.kind] };
  const labels = new Set(task.labels.map((l) => l.toLowerCase()));
  const candidates = Object.entries(config.kinds).filter(([, k]) => k.labels.some((l) => labels.has(l.toLowerCase()))).map(([id]) => id);
  return candidates.length === 1 ? { kind: candidates[0], candidates } : { candidates };
}
function sizeOf(task) {
  if (task.estimate === void 0) return "M";
  if (typeof task.estimate === "string") return task.estimate;
  return task.estimate <= 60 ? "S" : task.estimate <= 180 ? "M" : "L";
}
function matchRule(rule, task, kind, size, paths) {
  const w = rule.when;
  const miss = (why) => ({ rule: rule.id, matched: false, why });
  if (w.kinds && !w.kinds.includes(kind))
    return miss(`kind is ${kind}, rule wants ${w.kinds.join(" or ")}`);
  if (w.labels) {
    const have = new Set(task.labels.map((l) => l.toLowerCase()));
    if (!w.labels.some((l) => have.has(l.toLowerCase())))
      return miss(`no label among ${w.labels.join(", ")}`);
  }
  if (w.clients && (!task.client || !w.clients.includes(task.client))) {
    return miss(`client is ${task.client ?? "unset"}, rule wants ${w.clients.join(" or ")}`);
  }
  if (w.sizes && !w.sizes.includes(size))
    return miss(`size is ${size}, rule wants ${w.sizes.join(" or ")}`);
  if (w.paths) {
    const isMatch = (0, import_picomatch.default)(w.paths, { dot: true });
    if (!paths.some((p) => isMatch(p))) return miss(`no named path matches ${w.paths.join(", ")}`);
  }
  const parts = [
    w.kinds && `kind ${kind}`,
    w.labels && `label among ${w.labels.join(", ")}`,
    w.clients && `client ${task.client}`,
    w.sizes && `size ${size}`,
    w.paths && `path matches ${w.paths.join(", ")}`
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
      trace: [],
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
      trace: [],
      kind
    };
  }
  const size = sizeOf(task);
  const paths = pathsNamedIn(`${task.title}
${task.body}`);
  const trace = [];
  let chosen;
  for (const rule of config.rules) {
    if (chosen) {
      trace.push({ rule: rule.id, matched: false, why: `not reached: ${chosen.id} fired first` });
      continue;
    }
    let t = matchRule(rule, task, kind, size, paths);
    const lane = input.lanes?.get(rule.route.persona);
    if (t.matched && lane && !lane.kinds.includes(kind))
      t = {
        rule: rule.id,
        matched: false,
        why: `persona ${rule.route.persona} does not accept kind ${kind} (it takes ${lane.kinds.join(", ")})`
      };
    trace.push(t);
    if (t.matched) chosen = rule;
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
  const tierId = chosen.route.tier;
  const tier = config.tiers[tierId];
  if (!tier) throw new Error(`config validated, yet tier ${tierId} is missing`);
  const byHand = typeof task.estimate === "number" ? { minutes: task.estimate, source: "task estimate (minutes)" } : {
    minutes: kindConfig.byHandMinutes[size],
    source: `config kinds.${kind}.byHandMinutes.${size}`
  };
  const plan = {
    task: task.id,
    kind,
    risk: chosen.risk,
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
        [...kindConfig.gates, ...chosen.route.gates ?? [], ...personaLane?.gates ?? []].map(
          canonicalGateId
        )
      )
    ],
    maxAttempts: chosen.route.maxAttempts,
    approvers: chosen.route.approvers ?? config.signoff.approvers,
    byHand,
    overriddenBy: override?.by,
    trace
  };
  return { type: "route", plan };
}

export {
  fallbackModels,
  route
};
