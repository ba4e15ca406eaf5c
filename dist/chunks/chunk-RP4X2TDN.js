import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  fallbackModels
} from "./chunk-KV3JNNM3.js";
import {
  costsMoreThan
} from "./chunk-YO32VXJS.js";
import {
  ACCEPTANCE_LB_METHOD,
  cellId
} from "./chunk-WF7FCXME.js";
import {
  learnCandidates
} from "./chunk-53PWU2L4.js";

// src/routing/learn-apply.ts
function cellLookup(table) {
  const byKey = new Map(table.cells.map((c) => [cellId(c), c]));
  return { lbMethod: table.lbMethod, get: (k) => byKey.get(cellId(k)) };
}
var pct = (r) => r === null ? "\u2013" : `${(r * 100).toFixed(1)}%`;
function evidenceText(e, minSamples, minLB) {
  if (e.decided === 0) return `${e.model} on ${e.tier}: no decided outcomes in its cell`;
  const samples = e.decided >= minSamples ? "meets" : "below";
  const lb = (e.acceptanceLB ?? 0) >= minLB ? "meets" : "below";
  return `${e.model} on ${e.tier}: ${e.accepted}/${e.decided} accepted (${pct(e.acceptance)}, LB ${pct(e.acceptanceLB)}); samples ${samples} ${minSamples}, LB ${lb} ${pct(minLB)}`;
}
function learnedChoice(q, config, cells) {
  const allowed = config.risk.levels[q.risk].tiers;
  const evidence = [];
  let chosen;
  for (const c of learnCandidates(q.learn.cheaper, config)) {
    if (config.tiers[c.tier]?.enabled === false) continue;
    if (allowed && !allowed.includes(c.tier)) continue;
    if (c.model === q.from.model && c.tier === q.from.tier) continue;
    const [to, from] = [config.models[c.model], config.models[q.from.model]];
    if (to && from && costsMoreThan(to, from)) continue;
    const key = { rule: q.rule.id, persona: q.persona, model: c.model, kind: q.kind, size: q.size };
    const cell = cells.get(key);
    const e = {
      name: c.name,
      model: c.model,
      tier: c.tier,
      cell: key,
      tasks: cell?.tasks ?? 0,
      decided: cell?.decided ?? 0,
      accepted: cell?.accepted ?? 0,
      acceptance: cell?.acceptance ?? null,
      acceptanceLB: cell?.acceptanceLB ?? null,
      firstPassRate: cell?.firstPassRate ?? null,
      costPerAcceptedMicros: cell?.costPerAcceptedMicros ?? null,
      meets: cell !== void 0 && cell.decided >= q.learn.minSamples && (cell.acceptanceLB ?? 0) >= q.learn.minAcceptanceLB
    };
    evidence.push(e);
    if (e.meets && !chosen) chosen = e;
  }
  return { evidence, chosen };
}
function applyLearning(decision, config, cells) {
  if (decision.type !== "route") return decision;
  const plan = decision.plan;
  const rule = config.rules.find((r) => r.id === plan.rule.id);
  const learn = rule?.learn;
  if (!rule || !learn || plan.overriddenBy) return decision;
  const from = { model: plan.models[0] ?? "", tier: plan.tier };
  const base = {
    rule: rule.id,
    mode: learn.mode,
    from,
    minSamples: learn.minSamples,
    minAcceptanceLB: learn.minAcceptanceLB,
    lbMethod: cells?.lbMethod ?? ACCEPTANCE_LB_METHOD
  };
  const clause = `${rule.id}.learn (${learn.mode})`;
  const done = (record, next = plan) => {
    const line = { rule: clause, matched: record.applied, why: record.why };
    return { type: "route", plan: { ...next, learn: record, trace: [...next.trace, line] } };
  };
  if (plan.risk === "high" || !learn.risks.includes(plan.risk))
    return done({
      ...base,
      applied: false,
      evidence: [],
      why: `not considered: the task is ${plan.risk} risk, and the clause acts on ${learn.risks.join(", ")} only${plan.risk === "high" ? " (never high)" : ""}`
    });
  if (!cells)
    return done({
      ...base,
      applied: false,
      evidence: [],
      why: "not considered: no ledger outcome cells were available to this plan"
    });
  const { evidence, chosen } = learnedChoice(
    { rule, learn, risk: plan.risk, persona: plan.persona, kind: plan.kind, size: plan.size, from },
    config,
    cells
  );
  const seen = evidence.map((e) => evidenceText(e, learn.minSamples, learn.minAcceptanceLB));
  if (!chosen)
    return done({
      ...base,
      applied: false,
      evidence,
      why: `kept ${from.model} on ${from.tier}: no cheaper cell qualifies${seen.length ? ` (${seen.join("; ")})` : " (no usable candidate for this risk)"}`
    });
  const to = { model: chosen.model, tier: chosen.tier };
  const detail = evidenceText(chosen, learn.minSamples, learn.minAcceptanceLB);
  if (learn.mode === "advise")
    return done({
      ...base,
      applied: false,
      to,
      evidence,
      why: `advise: ${to.model} on ${to.tier} qualifies instead of ${from.model} on ${from.tier} (${detail}); not applied`
    });
  const tier = config.tiers[to.tier];
  if (!tier) return decision;
  const models = fallbackModels(
    [to.model, ...tier.models.filter((m) => m !== to.model)],
    rule.route.fallback,
    config
  );
  return done(
    {
      ...base,
      applied: true,
      to,
      evidence,
      why: `routed to ${to.model} on ${to.tier} instead of ${from.model} on ${from.tier}: ${detail}`
    },
    { ...plan, tier: to.tier, models }
  );
}

export {
  cellLookup,
  learnedChoice,
  applyLearning
};
