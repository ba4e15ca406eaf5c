import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  withModelOverride
} from "./chunk-MSMON4FE.js";
import {
  TaskRecord
} from "./chunk-QPVFDYXY.js";
import {
  lanesOf,
  rerouteByKinds
} from "./chunk-R6WOP76V.js";
import {
  IdfTable,
  cosine,
  tokens
} from "./chunk-HQ7Q36D7.js";
import {
  fallbackModels,
  route
} from "./chunk-KV3JNNM3.js";

// src/pipeline/decline-handoff.ts
var MAX_HOPS = 2;
function planFor(input, persona, from) {
  for (const kind of persona.kinds) {
    if (!input.config.kinds[kind]) continue;
    const d2 = route({ ...input, task: { ...input.task, kind }, personaOverride: void 0 });
    if (d2.type === "route" && d2.plan.persona === persona.name) return d2.plan;
  }
  const d = route({
    ...input,
    personaOverride: { persona: persona.name, by: `handoff from ${from}` }
  });
  if (d.type !== "route") return void 0;
  const tier = persona.tier ? input.config.tiers[persona.tier] : void 0;
  if (!persona.tier || !tier) return d.plan;
  return {
    ...d.plan,
    tier: persona.tier,
    models: fallbackModels(tier.models, d.plan.fallback, input.config)
  };
}
function nextHop(input) {
  const { plan, personas, tried } = input;
  const byName = new Map(personas.map((p) => [p.name, p]));
  const routerInput = { ...input.router, task: input.task, lanes: lanesOf(personas) };
  const from = plan.persona;
  const fresh = (p, reason) => p && !tried.has(p.persona) ? { type: "route", plan: p, reason } : void 0;
  const written = byName.get(from)?.declines ?? [];
  const suggested = input.suggestedPersona ? byName.get(input.suggestedPersona) : void 0;
  const allowed = !input.onlyWrittenHandoffs || suggested !== void 0 && written.some(
    (d) => d.handoff === suggested.name || (d.kinds ?? []).some((k) => suggested.kinds.includes(k))
  );
  if (suggested && allowed && !tried.has(suggested.name)) {
    const hop = fresh(
      planFor(routerInput, suggested, from),
      `${from} declined and named ${suggested.name}`
    );
    if (hop) return hop;
  }
  const declines = byName.get(from)?.declines ?? [];
  if (declines.length) {
    const idf = new IdfTable();
    const docs = declines.map((d) => tokens(`${d.say} ${(d.kinds ?? []).join(" ")}`));
    for (const d of docs) idf.add(d);
    const why = idf.vector(tokens(input.reason));
    const ranked = declines.map((d, i) => ({ d, s: cosine(why, idf.vector(docs[i] ?? [])) })).sort((a, b) => b.s - a.s).filter((r) => r.s > 0);
    for (const { d } of ranked) {
      const taker = d.handoff ? byName.get(d.handoff) : void 0;
      if (taker && !tried.has(taker.name)) {
        const hop = fresh(
          planFor(routerInput, taker, from),
          `${from} declines "${d.say}", handed to ${taker.name}`
        );
        if (hop) return hop;
      }
      if (d.kinds?.length) {
        const r = rerouteByKinds(routerInput, from, d.kinds, `${from} declines "${d.say}"`);
        if (r.type === "route") {
          const hop = fresh(r.plan, `${from} declines "${d.say}", re-routed by the rules`);
          if (hop) return hop;
        }
      }
      break;
    }
  }
  return {
    type: "ask",
    reason: `The ${from} persona declined: ${input.reason}`,
    questions: ["Route it to another persona with `/aios route <persona>`, or change the task."]
  };
}
function addCost(a, b) {
  return {
    actualMicros: a.actualMicros + b.actualMicros,
    shadowMicros: a.shadowMicros + b.shadowMicros,
    calls: a.calls + b.calls,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens
  };
}
async function workWithHandoffs(task, first, deps, options, work, hops = {}) {
  let plan = first;
  const tried = /* @__PURE__ */ new Set();
  let spent;
  for (let hop = 0; ; hop++) {
    tried.add(plan.persona);
    const out = await work(task, plan, deps, options);
    const cost = spent ? addCost(spent, out.cost) : out.cost;
    if (out.status !== "declined" || !deps.personas.all) return { plan, work: { ...out, cost } };
    spent = cost;
    const next = hop >= MAX_HOPS ? {
      type: "ask",
      reason: `The task was declined ${hop + 1} times (${[...tried].join(", ")}); AIOS stops after ${MAX_HOPS} handoffs.`,
      questions: [
        "Which persona should take it (`/aios route <persona>`), or should the task change?"
      ]
    } : nextHop({
      task,
      plan,
      reason: out.reason,
      suggestedPersona: out.suggestedPersona,
      tried,
      personas: await deps.personas.all(),
      router: { config: deps.config.config, configHash: deps.config.hash },
      onlyWrittenHandoffs: hops.onlyWrittenHandoffs
    });
    if (next.type === "ask") {
      await TaskRecord.of(deps.ledger, task, plan).asked(
        "work",
        next.reason,
        next.questions,
        void 0,
        "handoff"
      );
      return {
        plan,
        work: {
          status: "asked",
          stage: "work",
          reason: next.reason,
          questions: next.questions,
          cost
        }
      };
    }
    const p = next.plan;
    await TaskRecord.of(deps.ledger, task, p).planned(task, p, {
      n: hop + 1,
      from: plan.persona,
      reason: next.reason
    });
    plan = withModelOverride(p, deps.modelOverride);
  }
}

export {
  MAX_HOPS,
  nextHop,
  workWithHandoffs
};
