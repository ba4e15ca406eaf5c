import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan.js';
import { withModelOverride } from '../../src/pipeline/decide-plan.js';
import { cascadeModels } from '../../src/pipeline/cascade-step.js';

describe('a model override (--scripted, --ollama)', () => {
  it('is the only model the task may call: a cascade’s dearer tiers go with the plan’s models', () => {
    const plan = {
      models: ['local-llama'],
      tier: 'local',
      cascade: [{ tier: 'premium', models: ['premium-gpt'] }],
    } as unknown as Plan;
    const override = { modelId: 'scripted', model: {} } as never;
    const overridden = withModelOverride(plan, override);
    expect(overridden.models).toEqual(['scripted']);
    expect(overridden.cascade).toBeUndefined();
    expect(cascadeModels(overridden).models).toEqual(['scripted']);
    expect(withModelOverride(plan, undefined)).toBe(plan);
  });
});
