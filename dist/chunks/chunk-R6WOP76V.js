import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LaneScreen
} from "./chunk-HQ7Q36D7.js";
import {
  applyLearning
} from "./chunk-RP4X2TDN.js";
import {
  route
} from "./chunk-KV3JNNM3.js";
import {
  cachedValidation
} from "./chunk-7D2IJALN.js";

// src/routing/plan-lanes.ts
var screens = /* @__PURE__ */ new WeakMap();
function laneScreenFor(personas, config) {
  let screen = screens.get(personas);
  if (!screen) {
    const inputs = JSON.stringify([
      personas.map((p) => [p.name, p.role, p.description, p.kinds, p.declines]),
      config.kinds
    ]);
    const index = cachedValidation(
      "lane-screen",
      [inputs],
      () => LaneScreen.index(personas, config)
    );
    screen = new LaneScreen(personas, config, void 0, index);
    screens.set(personas, screen);
  }
  return screen;
}
function lanesOf(personas) {
  return new Map(personas.map((p) => [p.name, { kinds: p.kinds, tier: p.tier, gates: p.gates }]));
}
function rerouteByKinds(input, from, kinds, why) {
  const { config } = input;
  for (const kind of kinds) {
    if (!config.kinds[kind]) continue;
    const decision = route({ ...input, task: { ...input.task, kind }, personaOverride: void 0 });
    if (decision.type === "route" && decision.plan.persona !== from) {
      const hop = {
        rule: "lane-screen",
        matched: true,
        why: `${why}; re-routed as ${kind}`
      };
      return { type: "route", plan: { ...decision.plan, trace: [hop, ...decision.plan.trace] } };
    }
  }
  return {
    type: "ask",
    reason: `${why}; no rule routes it elsewhere`,
    questions: [
      `The task reads as outside ${from}'s lane. Which persona should take it (\`/aios route <persona>\`), or which kind of work is it?`
    ],
    trace: [{ rule: "lane-screen", matched: true, why }],
    kind: input.task.kind
  };
}
async function planWithLanes(input) {
  const decision = await planByLanes(input);
  if (decision.type !== "route") return decision;
  const rule = input.config.rules.find((r) => r.id === decision.plan.rule.id);
  if (!rule?.learn || decision.plan.overriddenBy) return decision;
  return applyLearning(decision, input.config, await input.learning?.());
}
async function planByLanes(input) {
  const all = input.personas?.all ? await input.personas.all() : void 0;
  if (!all) return route(input);
  const decision = route({ ...input, lanes: lanesOf(all) });
  if (decision.type === "ask" || input.personaOverride) return decision;
  const plan = decision.plan;
  const result = laneScreenFor(all, input.config).screen({
    text: `${input.task.title}
${input.task.body}`,
    persona: plan.persona,
    kind: plan.kind
  });
  if (!result.stop || !result.best) {
    return {
      type: "route",
      plan: {
        ...plan,
        trace: [...plan.trace, { rule: "lane-screen", matched: false, why: result.reason }]
      }
    };
  }
  const winner = result.best.winner;
  const kinds = winner.type === "persona" ? winner.kinds : [
    ...winner.decline.kinds ?? [],
    ...all.find((p) => p.name === winner.decline.handoff)?.kinds ?? []
  ];
  return rerouteByKinds({ ...input, lanes: lanesOf(all) }, plan.persona, kinds, result.reason);
}

export {
  lanesOf,
  rerouteByKinds,
  planWithLanes
};
