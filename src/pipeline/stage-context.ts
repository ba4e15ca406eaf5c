import type { AiosConfig } from '../config/config-schema.js';
import { promptBudget } from '../context/task-context.js';
import type { GatheredContext } from '../context/gather-context.js';
import type { Plan } from '../core/plan.js';
import type { PromptBase } from './prompt-snapshot.js';

/** What one stage's prompts are made of: its context, and the texts kept to rebuild them. */
export interface StageContext {
  readonly context: GatheredContext;
  readonly promptBase: PromptBase | undefined;
}

/**
 * The context of each cascade stage, gathered for the stage's own prompt budget (its tier's
 * `context` window less the output cap) and counted with its first model's tokenizer. An
 * escalated attempt runs on a dearer tier with a larger window: it is shown what that window
 * allows, not what the cheap tier had room for. Gathered once per budget and model: a stage
 * whose tier has the same window and model reuses the context, and a task without a cascade
 * gathers once.
 */
export function stageContexts(
  config: AiosConfig,
  gather: (plan: Plan) => Promise<StageContext>,
): (plan: Plan) => Promise<StageContext> {
  const byWindow = new Map<string, Promise<StageContext>>();
  return (plan) => {
    const key = `${promptBudget(config, plan.tier)}\u0000${plan.models[0] ?? ''}`;
    let stage = byWindow.get(key);
    if (!stage) byWindow.set(key, (stage = gather(plan)));
    return stage;
  };
}
