import { workWithHandoffs } from '../pipeline/decline-handoff.js';
import { workOnTask, type PipelineDeps, type WorkOutcome } from '../pipeline/run-task.js';
import { shadowAfterWork } from '../pipeline/shadow-run.js';
import type { PlanArtifact, WorkArtifact } from './artifacts.js';
import { hopsOf, type WorkedOn } from './handoff-check.js';

/**
 * The work job: runs the persona and the gates for a planned task. It runs on the self-hosted
 * runner with Ollama, holds no GitHub write permission, and hands its result and its ledger
 * entries to the deliver job as an artifact. A decline is followed as on the local path (the
 * suggested persona, the written handoff or the rules; at most two hops, each a `planned`
 * entry), and the hops and final plan go in the artifact for deliver to re-derive. Undefined
 * when intake decided there is no work.
 */
export async function workJob(
  plan: PlanArtifact,
  deps: Omit<PipelineDeps, 'forge'>,
): Promise<WorkArtifact | undefined> {
  if (plan.decision !== 'work') return undefined;
  const calls: WorkedOn[] = [];
  const result = await workWithHandoffs(
    plan.task,
    plan.plan,
    deps,
    { humanAnswer: plan.humanAnswer },
    async (task, p, d, o): Promise<WorkOutcome> => {
      // A PR task's changed paths (listed at intake) are shown after the named files.
      const out = await workOnTask(task, p, d, { ...o, changedPaths: plan.changedPaths });
      calls.push({
        persona: p.persona,
        ...(out.status === 'declined'
          ? { declined: { reason: out.reason, suggestedPersona: out.suggestedPersona } }
          : {}),
      });
      return out;
    },
    // deliver re-derives each hop from the written handoffs (jobs/handoff-check.ts).
    { onlyWrittenHandoffs: true },
  );
  // On a share of low-risk tasks a cheaper model also answers, gated, never delivered.
  await shadowAfterWork(plan.task, result.plan, result.work, deps);
  const handoffs = hopsOf(calls);
  return {
    version: 1,
    ...(handoffs.length ? { handoffs, plan: result.plan } : {}),
    outcome: result.work,
  };
}
