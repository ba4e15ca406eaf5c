import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { Persona } from '../personas/persona-schema.js';
import { cosine, IdfTable, tokens } from '../routing/lexical.js';
import { lanesOf, rerouteByKinds } from '../routing/plan-lanes.js';
import { fallbackModels, route, type RouterInput } from '../routing/router.js';
import { withModelOverride } from './decide-plan.js';
import type { PipelineDeps, RunOptions, WorkOutcome } from './run-task.js';
import { TaskRecord } from './task-record.js';

/** At most this many re-plans after declines: a task that bounces further needs a person. */
export const MAX_HOPS = 2;

type Work = (
  task: Task,
  plan: Plan,
  deps: Omit<PipelineDeps, 'forge'>,
  options: Pick<RunOptions, 'humanAnswer'>,
) => Promise<WorkOutcome>;

/** Where a declined task goes next: a new plan, or a question for a person. */
export type NextHop =
  | { readonly type: 'route'; readonly plan: Plan; readonly reason: string }
  | { readonly type: 'ask'; readonly reason: string; readonly questions: string[] };

/** A plan that gives the work to `persona`: by a rule for one of its kinds, else by handoff. */
function planFor(input: RouterInput, persona: Persona, from: string): Plan | undefined {
  for (const kind of persona.kinds) {
    if (!input.config.kinds[kind]) continue;
    const d = route({ ...input, task: { ...input.task, kind }, personaOverride: undefined });
    if (d.type === 'route' && d.plan.persona === persona.name) return d.plan;
  }
  const d = route({
    ...input,
    personaOverride: { persona: persona.name, by: `handoff from ${from}` },
  });
  if (d.type !== 'route') return undefined;
  // No rule sends this persona its own kinds: it works on its preferred tier, if it names one.
  const tier = persona.tier ? input.config.tiers[persona.tier] : undefined;
  if (!persona.tier || !tier) return d.plan;
  return {
    ...d.plan,
    tier: persona.tier,
    models: fallbackModels(tier.models, d.plan.fallback, input.config),
  };
}

/**
 * Decide the next hop after `plan.persona` declined: the persona it suggested, else the
 * handoff or kinds of its own written decline that best matches its reason, else ask. Never a
 * persona that has already had the task.
 */
export function nextHop(input: {
  task: Task;
  plan: Plan;
  reason: string;
  suggestedPersona?: string | undefined;
  tried: ReadonlySet<string>;
  personas: readonly Persona[];
  router: Omit<RouterInput, 'task' | 'lanes'>;
  /**
   * Follow a suggested persona only when the decliner's written declines name it as a handoff
   * or give it a kind it accepts (the GitHub path: the suggestion is model text, and deliver
   * re-derives the hop from the written rules).
   */
  onlyWrittenHandoffs?: boolean | undefined;
}): NextHop {
  const { plan, personas, tried } = input;
  const byName = new Map(personas.map((p) => [p.name, p]));
  const routerInput: RouterInput = { ...input.router, task: input.task, lanes: lanesOf(personas) };
  const from = plan.persona;
  const fresh = (p: Plan | undefined, reason: string): NextHop | undefined =>
    p && !tried.has(p.persona) ? { type: 'route', plan: p, reason } : undefined;

  const written = byName.get(from)?.declines ?? [];
  const suggested = input.suggestedPersona ? byName.get(input.suggestedPersona) : undefined;
  const allowed =
    !input.onlyWrittenHandoffs ||
    (suggested !== undefined &&
      written.some(
        (d) =>
          d.handoff === suggested.name || (d.kinds ?? []).some((k) => suggested.kinds.includes(k)),
      ));
  if (suggested && allowed && !tried.has(suggested.name)) {
    const hop = fresh(
      planFor(routerInput, suggested, from),
      `${from} declined and named ${suggested.name}`,
    );
    if (hop) return hop;
  }
  const declines = byName.get(from)?.declines ?? [];
  if (declines.length) {
    // The written decline nearest to the model's reason, lexically.
    const idf = new IdfTable();
    const docs = declines.map((d) => tokens(`${d.say} ${(d.kinds ?? []).join(' ')}`));
    for (const d of docs) idf.add(d);
    const why = idf.vector(tokens(input.reason));
    const ranked = declines
      .map((d, i) => ({ d, s: cosine(why, idf.vector(docs[i] ?? [])) }))
      .sort((a, b) => b.s - a.s)
      // A reason that shares no word with any written decline names none of them: ask.
      .filter((r) => r.s > 0);
    for (const { d } of ranked) {
      const taker = d.handoff ? byName.get(d.handoff) : undefined;
      if (taker && !tried.has(taker.name)) {
        const hop = fresh(
          planFor(routerInput, taker, from),
          `${from} declines "${d.say}", handed to ${taker.name}`,
        );
        if (hop) return hop;
      }
      if (d.kinds?.length) {
        const r = rerouteByKinds(routerInput, from, d.kinds, `${from} declines "${d.say}"`);
        if (r.type === 'route') {
          const hop = fresh(r.plan, `${from} declines "${d.say}", re-routed by the rules`);
          if (hop) return hop;
        }
      }
      break; // only the best-matching decline is followed
    }
  }
  return {
    type: 'ask',
    reason: `The ${from} persona declined: ${input.reason}`,
    questions: ['Route it to another persona with `/aios route <persona>`, or change the task.'],
  };
}

function addCost(a: WorkOutcome['cost'], b: WorkOutcome['cost']): WorkOutcome['cost'] {
  return {
    actualMicros: a.actualMicros + b.actualMicros,
    shadowMicros: a.shadowMicros + b.shadowMicros,
    calls: a.calls + b.calls,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
  };
}

/**
 * Work on a task, following declines: each decline re-plans (a `planned` entry with `hop`) to
 * the suggested persona, the written handoff or the rules, never the same persona twice, at
 * most MAX_HOPS times; then a person is asked. Without the full persona set, a decline stays a
 * decline (the caller asks).
 */
export async function workWithHandoffs(
  task: Task,
  first: Plan,
  deps: Omit<PipelineDeps, 'forge'>,
  options: Pick<RunOptions, 'humanAnswer'>,
  work: Work,
  hops: { onlyWrittenHandoffs?: boolean | undefined } = {},
): Promise<{ plan: Plan; work: WorkOutcome }> {
  let plan = first;
  const tried = new Set<string>();
  let spent: WorkOutcome['cost'] | undefined;
  for (let hop = 0; ; hop++) {
    tried.add(plan.persona);
    const out = await work(task, plan, deps, options);
    const cost = spent ? addCost(spent, out.cost) : out.cost;
    if (out.status !== 'declined' || !deps.personas.all) return { plan, work: { ...out, cost } };
    spent = cost;
    const next: NextHop =
      hop >= MAX_HOPS
        ? {
            type: 'ask',
            reason: `The task was declined ${hop + 1} times (${[...tried].join(', ')}); AIOS stops after ${MAX_HOPS} handoffs.`,
            questions: [
              'Which persona should take it (`/aios route <persona>`), or should the task change?',
            ],
          }
        : nextHop({
            task,
            plan,
            reason: out.reason,
            suggestedPersona: out.suggestedPersona,
            tried,
            personas: await deps.personas.all(),
            router: { config: deps.config.config, configHash: deps.config.hash },
            onlyWrittenHandoffs: hops.onlyWrittenHandoffs,
          });
    if (next.type === 'ask') {
      await TaskRecord.of(deps.ledger, task, plan).asked(
        'work',
        next.reason,
        next.questions,
        undefined,
        'handoff',
      );
      return {
        plan,
        work: {
          status: 'asked',
          stage: 'work',
          reason: next.reason,
          questions: next.questions,
          cost,
        },
      };
    }
    const p = next.plan;
    await TaskRecord.of(deps.ledger, task, p).planned(task, p, {
      n: hop + 1,
      from: plan.persona,
      reason: next.reason,
    });
    // A model override (scripted demo, --ollama) applies to every hop, as to the first plan.
    plan = withModelOverride(p, deps.modelOverride);
  }
}
