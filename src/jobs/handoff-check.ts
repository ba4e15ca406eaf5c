import { z } from 'zod';
import type { AiosConfig } from '../config/config-schema.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { PersonaSource } from '../personas/load-personas.js';
import type { Persona } from '../personas/persona-schema.js';
import type { WorkPlan } from './plan-artifact.js';
import type { WorkArtifact } from './work-artifact.js';
import { MAX_HOPS, nextHop } from '../pipeline/decline-handoff.js';

/**
 * Decline handoffs on the GitHub path. The work job follows a decline the way the local path
 * does (`pipeline/decline-handoff.ts`) and reports each hop in the work artifact: who declined,
 * the reason and suggestion it gave, and who took the task. The deliver job believes none of
 * it: it re-derives every hop from intake's verified plan with its own config and persona files
 * (the same `nextHop`), so a hop is accepted only when the handoff rules send the task there,
 * and the plan it delivers under is the one it derived, not the one it was handed.
 */

/** One hop as the work job reports it. */
export const HopRecord = z.object({
  /** The persona that declined. */
  from: z.string(),
  /** Its stated reason (model text: it only picks among the hops the rules allow). */
  reason: z.string().max(4000),
  suggestedPersona: z.string().optional(),
  /** The persona that took the task next. */
  to: z.string(),
});
export type HopRecord = z.infer<typeof HopRecord>;

/** The hops of a run, at most MAX_HOPS. */
export const Hops = z.array(HopRecord).max(MAX_HOPS);

/** What the work job saw: the persona of each call and how it ended. */
export interface WorkedOn {
  readonly persona: string;
  readonly declined?: { readonly reason: string; readonly suggestedPersona?: string | undefined };
}

/** The hops between consecutive calls: each call but the last ended in a decline. */
export function hopsOf(calls: readonly WorkedOn[]): HopRecord[] {
  const hops: HopRecord[] = [];
  for (let i = 0; i + 1 < calls.length; i++) {
    const c = calls[i];
    const next = calls[i + 1];
    if (!c?.declined || !next) continue;
    hops.push({
      from: c.persona,
      reason: c.declined.reason,
      ...(c.declined.suggestedPersona ? { suggestedPersona: c.declined.suggestedPersona } : {}),
      to: next.persona,
    });
  }
  return hops;
}

/** The plans of the run as deliver derives them: intake's first, then one per hop. */
export type HandoffVerdict =
  | { readonly ok: true; readonly plans: readonly Plan[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Re-derive the reported hops from intake's plan: each must start from the persona then holding
 * the task and end at the persona the handoff rules pick for that decline, no persona twice, at
 * most MAX_HOPS.
 */
export function verifyHandoffs(input: {
  readonly task: Task;
  readonly first: Plan;
  readonly hops: readonly HopRecord[];
  readonly personas: readonly Persona[];
  readonly config: AiosConfig;
  readonly configHash: string;
}): HandoffVerdict {
  if (input.hops.length > MAX_HOPS)
    return { ok: false, reason: `${input.hops.length} handoffs, above the limit of ${MAX_HOPS}` };
  const plans: Plan[] = [input.first];
  const tried = new Set<string>();
  let plan = input.first;
  for (const [i, hop] of input.hops.entries()) {
    tried.add(plan.persona);
    if (hop.from !== plan.persona)
      return {
        ok: false,
        reason: `handoff ${i + 1} starts from ${hop.from}, but ${plan.persona} held the task`,
      };
    const next = nextHop({
      task: input.task,
      plan,
      reason: hop.reason,
      suggestedPersona: hop.suggestedPersona,
      tried,
      personas: input.personas,
      router: { config: input.config, configHash: input.configHash },
      onlyWrittenHandoffs: true,
    });
    if (next.type !== 'route')
      return {
        ok: false,
        reason: `handoff ${i + 1} (${hop.from} → ${hop.to}): the handoff rules send this decline to a person, not to another persona`,
      };
    if (next.plan.persona !== hop.to)
      return {
        ok: false,
        reason: `handoff ${i + 1} (${hop.from} → ${hop.to}): the handoff rules send it to ${next.plan.persona}`,
      };
    plan = next.plan;
    plans.push(plan);
  }
  return { ok: true, plans };
}

/**
 * deliver's check of the handoffs a work artifact reports: re-derived from intake's plan, and
 * the final plan the work job names must be the one derived. The plans come back for the spool
 * check and for delivery (write policy and lanes re-checked with deliver's own persona files).
 */
export async function checkReportedHandoffs(
  plan: WorkPlan,
  work: WorkArtifact,
  deps: { readonly personas: PersonaSource; readonly config: LoadedConfig },
): Promise<
  { ok: true; first: Plan; hops: readonly Plan[]; final: Plan } | { ok: false; reason: string }
> {
  const refuse = (why: string) => ({
    ok: false as const,
    reason: `handoff refused: ${why}; nothing from the work job is delivered`,
  });
  if (!deps.personas.all) return refuse('the deliver job cannot read every persona');
  const verdict = verifyHandoffs({
    task: plan.task,
    first: plan.plan,
    hops: work.handoffs ?? [],
    personas: await deps.personas.all(),
    config: deps.config.config,
    configHash: deps.config.hash,
  });
  if (!verdict.ok) return refuse(verdict.reason);
  const final = verdict.plans.at(-1) ?? plan.plan;
  const named = work.plan;
  if (
    !named ||
    named.persona !== final.persona ||
    named.tier !== final.tier ||
    named.kind !== final.kind ||
    named.rule.id !== final.rule.id ||
    named.configHash !== final.configHash
  )
    return refuse(
      `the work job names ${named ? `${named.persona} on ${named.tier}` : 'no final plan'}, the handoff rules give ${final.persona} on ${final.tier}`,
    );
  return { ok: true, first: plan.plan, hops: verdict.plans.slice(1), final };
}
