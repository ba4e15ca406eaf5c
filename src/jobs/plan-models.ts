import type { AiosConfig } from '../config/config-schema.js';
import type { Plan } from '../core/plan.js';
import { shadowChoice } from '../routing/shadow-choice.js';

/**
 * Every model the work job may call for a plan: the tier's models, a cascade's dearer tiers'
 * models, and the shadow model when the task is in the shadow share. Intake hands the work job
 * the keys of exactly these; the work job checks their pinned digests and reports them.
 */
export function modelsOfPlan(
  taskId: string,
  plan: Plan,
  config: Pick<AiosConfig, 'shadow' | 'models' | 'tiers'>,
): string[] {
  const shadow = shadowChoice(taskId, plan, config);
  return [
    ...new Set([
      ...plan.models,
      ...(plan.cascade ?? []).flatMap((c) => c.models),
      ...(shadow.type === 'shadow' ? [shadow.modelId] : []),
    ]),
  ];
}
