import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LaneScreen
} from "./chunk-U657X6YM.js";
import {
  route
} from "./chunk-XJVIKDKX.js";

// src/routing/plan-lanes.ts
var screens = /* @__PURE__ */ new WeakMap();
function laneScreenFor(personas, config) {
  let screen = screens.get(personas);
  if (!screen) {
    screen = new LaneScreen(personas, config);
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
  laneScreenFor,
  lanesOf,
  rerouteByKinds,
  planWithLanes
};
