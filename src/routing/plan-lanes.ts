import type { AiosConfig } from '../config/config-schema.js';
import type { Plan, RouteDecision, RuleTrace } from '../core/plan.js';
import type { PersonaSource } from '../personas/load-personas.js';
import type { Persona } from '../personas/persona-schema.js';
import { cachedValidation } from '../core/validated-cache.js';
import { LaneScreen } from './lane-screen.js';
import { applyLearning, type CellLookup } from './learn-apply.js';
import { route, type PersonaLane, type RouterInput } from './router.js';

const screens = new WeakMap<readonly Persona[], LaneScreen>();

/** The lane screen for a persona set, built once per set. */
export function laneScreenFor(personas: readonly Persona[], config: AiosConfig): LaneScreen {
  let screen = screens.get(personas);
  if (!screen) {
    // Built once per persona set and kinds, then read back from the validated cache: the key
    // is every field the screen reads, so an edited persona or kind builds it again.
    const inputs = JSON.stringify([
      personas.map((p) => [p.name, p.role, p.description, p.kinds, p.declines]),
      config.kinds,
    ]);
    const index = cachedValidation('lane-screen', [inputs], () =>
      LaneScreen.index(personas, config),
    );
    screen = new LaneScreen(personas, config, undefined, index);
    screens.set(personas, screen);
  }
  return screen;
}

/** Routing's view of each persona: kinds, tier, gates. */
export function lanesOf(personas: readonly Persona[]): Map<string, PersonaLane> {
  return new Map(personas.map((p) => [p.name, { kinds: p.kinds, tier: p.tier, gates: p.gates }]));
}

/**
 * Route by the rules, then try other kinds for a persona or decline that won the lane screen:
 * the first rule that sends the work to a different persona wins; none asks a person.
 */
export function rerouteByKinds(
  input: RouterInput,
  from: string,
  kinds: readonly string[],
  why: string,
): RouteDecision {
  const { config } = input;
  for (const kind of kinds) {
    if (!config.kinds[kind]) continue;
    const decision = route({ ...input, task: { ...input.task, kind }, personaOverride: undefined });
    if (decision.type === 'route' && decision.plan.persona !== from) {
      const hop: RuleTrace = {
        rule: 'lane-screen',
        matched: true,
        why: `${why}; re-routed as ${kind}`,
      };
      return { type: 'route', plan: { ...decision.plan, trace: [hop, ...decision.plan.trace] } };
    }
  }
  return {
    type: 'ask',
    reason: `${why}; no rule routes it elsewhere`,
    questions: [
      `The task reads as outside ${from}'s lane. Which persona should take it (\`/aios route <persona>\`), or which kind of work is it?`,
    ],
    trace: [{ rule: 'lane-screen', matched: true, why }],
    kind: input.task.kind,
  };
}

/** Where a plan's `learn` clause reads the ledger's outcome cells; read only when a clause needs them. */
export type LearningSource = () => Promise<CellLookup | undefined>;

/**
 * Plan a task with the personas' lanes: the router reads each persona's kinds, tier and gates,
 * then the lane screen scores the task text against the chosen persona's lane and its
 * competitors before any model is called. Without a persona set this is plain `route`. Last,
 * the chosen rule's `learn` clause, if it has one, reads the outcome cells (routing/learn-apply.ts).
 */
export async function planWithLanes(
  input: RouterInput & {
    readonly personas?: PersonaSource | undefined;
    readonly learning?: LearningSource | undefined;
  },
): Promise<RouteDecision> {
  const decision = await planByLanes(input);
  if (decision.type !== 'route') return decision;
  const rule = input.config.rules.find((r) => r.id === decision.plan.rule.id);
  if (!rule?.learn || decision.plan.overriddenBy) return decision;
  return applyLearning(decision, input.config, await input.learning?.());
}

async function planByLanes(
  input: RouterInput & { readonly personas?: PersonaSource | undefined },
): Promise<RouteDecision> {
  const all = input.personas?.all ? await input.personas.all() : undefined;
  if (!all) return route(input);
  const decision = route({ ...input, lanes: lanesOf(all) });
  if (decision.type === 'ask' || input.personaOverride) return decision;
  const plan: Plan = decision.plan;
  const result = laneScreenFor(all, input.config).screen({
    text: `${input.task.title}\n${input.task.body}`,
    persona: plan.persona,
    kind: plan.kind,
  });
  if (!result.stop || !result.best) {
    return {
      type: 'route',
      plan: {
        ...plan,
        trace: [...plan.trace, { rule: 'lane-screen', matched: false, why: result.reason }],
      },
    };
  }
  const winner = result.best.winner;
  const kinds =
    winner.type === 'persona'
      ? winner.kinds
      : [
          ...(winner.decline.kinds ?? []),
          ...(all.find((p) => p.name === winner.decline.handoff)?.kinds ?? []),
        ];
  return rerouteByKinds({ ...input, lanes: lanesOf(all) }, plan.persona, kinds, result.reason);
}
