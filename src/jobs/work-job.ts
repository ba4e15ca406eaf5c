import { workOnTask, type PipelineDeps } from '../pipeline/run-task.js';
import type { PlanArtifact, WorkArtifact } from './artifacts.js';

/**
 * The work job: runs the persona and the gates for a planned task. It runs on the self-hosted
 * runner with Ollama, holds no GitHub write permission, and hands its result and its ledger
 * entries to the deliver job as an artifact. Undefined when intake decided there is no work.
 */
export async function workJob(
  plan: PlanArtifact,
  deps: Omit<PipelineDeps, 'forge'>,
): Promise<WorkArtifact | undefined> {
  if (plan.decision !== 'work') return undefined;
  const outcome = await workOnTask(plan.task, plan.plan, deps, { humanAnswer: plan.humanAnswer });
  return { version: 1, outcome };
}
