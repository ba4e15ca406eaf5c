import type { Plan, RouteDecision } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { planWithLanes } from '../routing/plan-lanes.js';
import { classifyForPlan } from './classify-step.js';
import type { PipelineDeps, RunOptions } from './run-task.js';

/**
 * The planning decision, the one code path `aios run`, every GitHub intake and `aios route`
 * share: classification (labels, issue-form fields, paths, then the classifier call when the
 * config enables it and a provider and ledger are given), the rules with risk, cascades, the
 * per-tier switch, the personas' lanes and a rule's `learn` clause, then a model override (`--scripted`, `--ollama`).
 * Records nothing but the classifier's own call.
 */
export async function decidePlan(
  task: Task,
  deps: Pick<PipelineDeps, 'config' | 'modelOverride'> &
    Partial<
      Pick<PipelineDeps, 'personas' | 'provider' | 'sleep' | 'signal' | 'ledger' | 'learning'>
    >,
  options: Pick<RunOptions, 'personaOverride'> = {},
): Promise<RouteDecision> {
  // Labels, issue-form fields, named paths, then the classifier if enabled (classify-step.ts).
  const classification = await classifyForPlan(task, deps);
  // Rules, then the personas' lanes and the lane screen (routing/plan-lanes.ts).
  const decision = await planWithLanes({
    task,
    config: deps.config.config,
    configHash: deps.config.hash,
    personaOverride: options.personaOverride,
    personas: deps.personas,
    classification,
    // A rule's `learn` clause reads the ledger's outcome cells (routing/learn-apply.ts).
    learning: deps.learning,
  });
  if (decision.type === 'ask') return decision;
  return { type: 'route', plan: withModelOverride(decision.plan, deps.modelOverride) };
}

/**
 * A model override (`--scripted`, `--ollama`) is the only model the task may use: it replaces
 * the plan's models and drops a cascade, whose dearer tiers would otherwise be called (and
 * paid for) after a failed gate.
 */
export function withModelOverride(plan: Plan, override: PipelineDeps['modelOverride']): Plan {
  if (!override) return plan;
  const { cascade: _cascade, ...rest } = plan;
  return { ...rest, models: [override.modelId] };
}
