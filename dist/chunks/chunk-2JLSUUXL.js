import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  MAX_HOPS,
  nextHop
} from "./chunk-TXLM4J63.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/jobs/handoff-check.ts
var HopRecord = external_exports.object({
  /** The persona that declined. */
  from: external_exports.string(),
  /** Its stated reason (model text: it only picks among the hops the rules allow). */
  reason: external_exports.string().max(4e3),
  suggestedPersona: external_exports.string().optional(),
  /** The persona that took the task next. */
  to: external_exports.string()
});
var Hops = external_exports.array(HopRecord).max(MAX_HOPS);
function hopsOf(calls) {
  const hops = [];
  for (let i = 0; i + 1 < calls.length; i++) {
    const c = calls[i];
    const next = calls[i + 1];
    if (!c?.declined || !next) continue;
    hops.push({
      from: c.persona,
      reason: c.declined.reason,
      ...c.declined.suggestedPersona ? { suggestedPersona: c.declined.suggestedPersona } : {},
      to: next.persona
    });
  }
  return hops;
}
function verifyHandoffs(input) {
  if (input.hops.length > MAX_HOPS)
    return { ok: false, reason: `${input.hops.length} handoffs, above the limit of ${MAX_HOPS}` };
  const plans = [input.first];
  const tried = /* @__PURE__ */ new Set();
  let plan = input.first;
  for (const [i, hop] of input.hops.entries()) {
    tried.add(plan.persona);
    if (hop.from !== plan.persona)
      return {
        ok: false,
        reason: `handoff ${i + 1} starts from ${hop.from}, but ${plan.persona} held the task`
      };
    const next = nextHop({
      task: input.task,
      plan,
      reason: hop.reason,
      suggestedPersona: hop.suggestedPersona,
      tried,
      personas: input.personas,
      router: { config: input.config, configHash: input.configHash },
      onlyWrittenHandoffs: true
    });
    if (next.type !== "route")
      return {
        ok: false,
        reason: `handoff ${i + 1} (${hop.from} \u2192 ${hop.to}): the handoff rules send this decline to a person, not to another persona`
      };
    if (next.plan.persona !== hop.to)
      return {
        ok: false,
        reason: `handoff ${i + 1} (${hop.from} \u2192 ${hop.to}): the handoff rules send it to ${next.plan.persona}`
      };
    plan = next.plan;
    plans.push(plan);
  }
  return { ok: true, plans };
}
async function checkReportedHandoffs(plan, work, deps) {
  const refuse = (why) => ({
    ok: false,
    reason: `handoff refused: ${why}; nothing from the work job is delivered`
  });
  if (!deps.personas.all) return refuse("the deliver job cannot read every persona");
  const verdict = verifyHandoffs({
    task: plan.task,
    first: plan.plan,
    hops: work.handoffs ?? [],
    personas: await deps.personas.all(),
    config: deps.config.config,
    configHash: deps.config.hash
  });
  if (!verdict.ok) return refuse(verdict.reason);
  const final = verdict.plans.at(-1) ?? plan.plan;
  const named = work.plan;
  if (!named || named.persona !== final.persona || named.tier !== final.tier || named.kind !== final.kind || named.rule.id !== final.rule.id || named.configHash !== final.configHash)
    return refuse(
      `the work job names ${named ? `${named.persona} on ${named.tier}` : "no final plan"}, the handoff rules give ${final.persona} on ${final.tier}`
    );
  return { ok: true, first: plan.plan, hops: verdict.plans.slice(1), final };
}

export {
  HopRecord,
  Hops,
  hopsOf,
  verifyHandoffs,
  checkReportedHandoffs
};
