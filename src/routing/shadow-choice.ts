import type { ModelConfig } from '../config/config-schema.js';
import type { ShadowPolicy } from '../config/shadow-policy.js';
import { sha256 } from '../core/hash.js';
import type { Plan } from '../core/plan.js';
import { costsMoreThan } from '../config/model-cost.js';

/**
 * Is this task in the shadow share? A hash of the task id, read as a number in [0, 1), below
 * `share`: the same task is always chosen or not (reproducible, testable), and over many tasks
 * the chosen fraction approaches `share`.
 */
export function inShadowShare(taskId: string, share: number): boolean {
  if (share <= 0) return false;
  if (share >= 1) return true;
  const n = Number.parseInt(sha256(`aios-shadow\n${taskId}`).slice(0, 12), 16) / 2 ** 48;
  return n < share;
}

/** What a shadow run would be for a plan: its plan (tier, the one model), or why there is none. */
export type ShadowChoice =
  | { readonly type: 'shadow'; readonly plan: Plan; readonly modelId: string }
  | { readonly type: 'none'; readonly why: string };

/**
 * Decide whether the plan's task gets a shadow run, and on which model: `shadow:` set, the
 * task's risk listed (never high), the task id in the share, and the shadow model cheaper than
 * (or as cheap as, but other than) the model that does the work.
 */
export function shadowChoice(
  taskId: string,
  plan: Plan,
  config: {
    readonly shadow?: ShadowPolicy | undefined;
    readonly models: Readonly<Record<string, ModelConfig>>;
    readonly tiers: Readonly<Record<string, { readonly models: readonly string[] }>>;
  },
): ShadowChoice {
  const policy = config.shadow;
  if (!policy) return { type: 'none', why: 'no `shadow:` in the config' };
  if (plan.risk === 'high' || !(policy.risks as readonly string[]).includes(plan.risk))
    return { type: 'none', why: `${plan.risk}-risk work is not shadowed (shadow.risks)` };
  if (!inShadowShare(taskId, policy.share))
    return { type: 'none', why: `task not in the ${policy.share} share` };
  const modelId = policy.model ?? config.tiers[policy.tier ?? '']?.models[0];
  const model = modelId === undefined ? undefined : config.models[modelId];
  if (modelId === undefined || !model) return { type: 'none', why: 'the shadow model is missing' };
  const primaryId = plan.models[0];
  const primary = primaryId === undefined ? undefined : config.models[primaryId];
  if (primaryId === modelId) return { type: 'none', why: `${modelId} already does the work` };
  if (primary && costsMoreThan(model, primary))
    return { type: 'none', why: `${modelId} costs more than ${primaryId}` };
  const tier =
    policy.tier ??
    Object.entries(config.tiers).find(([, t]) => t.models.includes(modelId))?.[0] ??
    plan.tier;
  return { type: 'shadow', modelId, plan: { ...plan, tier, models: [modelId], maxAttempts: 1 } };
}
