import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { costsMoreThan } from '../../src/config/model-cost.js';
import { fallbackModels, route } from '../../src/routing/router.js';

// Every billing class, and API models that differ by output price, then only by input price.
const { config } = parseConfig(
  `
version: 1
models:
  local-a: { provider: ollama, model: a }
  local-b: { provider: ollama, model: b, price: { input: 0, output: 0, perSecond: 0.01 } }
  script: { provider: scripted, model: s }
  seat: { provider: openai, model: seat, billing: flat, apiKeyEnv: SEAT_KEY }
  api-cheap: { provider: openai, model: cheap, price: { input: 0.40, output: 1.60 } }
  api-cheap-in: { provider: openai, model: cheap-in, price: { input: 0.10, output: 1.60 } }
  api-dear: { provider: openai, model: dear, price: { input: 1.25, output: 10 } }
tiers:
  local: { models: [local-a, seat, api-cheap, script, local-b] }
  seat: { models: [seat, api-dear, local-a, script, seat] }
  api: { models: [api-cheap, api-dear, api-cheap-in, seat, local-a] }
kinds:
  writing: { description: d, labels: [writing], byHandMinutes: { S: 1, M: 2, L: 3 } }
rules:
  - { id: r, reason: r, when: { kinds: [writing] }, route: { persona: editor, tier: local }, risk: low }
budgets: { perTask: 1, perMonth: 10 }
`,
  'test.yml',
);

const m = (id: string) => config.models[id]!;

describe('costsMoreThan', () => {
  it('ranks billing local < scripted < flat < api, and API models by output then input price', () => {
    const order = ['local-a', 'script', 'seat', 'api-cheap-in', 'api-cheap', 'api-dear'];
    for (const [i, a] of order.entries()) {
      for (const [j, b] of order.entries()) {
        expect(costsMoreThan(m(a), m(b)), `${a} vs ${b}`).toBe(i > j);
      }
    }
    // Within a non-API class, price does not rank: runner seconds are not tokens.
    expect(costsMoreThan(m('local-b'), m('local-a'))).toBe(false);
    expect(costsMoreThan(m('local-a'), m('local-b'))).toBe(false);
  });
});

describe('fallbackModels', () => {
  it('same-or-cheaper drops every fallback that costs more than the first model, keeping order', () => {
    expect(fallbackModels(config.tiers['local']!.models, 'same-or-cheaper', config)).toEqual([
      'local-a',
      'local-b',
    ]);
    expect(fallbackModels(config.tiers['seat']!.models, 'same-or-cheaper', config)).toEqual([
      'seat',
      'local-a',
      'script',
      'seat',
    ]);
    expect(fallbackModels(config.tiers['api']!.models, 'same-or-cheaper', config)).toEqual([
      'api-cheap',
      'api-cheap-in',
      'seat',
      'local-a',
    ]);
  });

  it('any keeps every model, none only the first', () => {
    const tier = config.tiers['api']!.models;
    expect(fallbackModels(tier, 'any', config)).toEqual(tier);
    expect(fallbackModels(tier, 'none', config)).toEqual(['api-cheap']);
  });
});

describe('route applies the rule’s fallback to the plan', () => {
  const task = buildTask({
    id: 'acme/site#1',
    source: { type: 'file', path: 't.md', repo: 'site' },
    title: 'T',
    body: 'B',
    labels: ['writing'],
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-01T00:00:00Z'),
  });
  const planFor = (fallback: 'any' | 'same-or-cheaper' | 'none') => {
    const c = structuredClone(config);
    c.rules[0]!.route.fallback = fallback;
    c.rules[0]!.route.tier = 'api';
    const d = route({ task, config: c, configHash: 'h' });
    if (d.type !== 'route') throw new Error('expected a route');
    return d.plan;
  };

  it('routes the planned models through the rule’s fallback', () => {
    expect(planFor('same-or-cheaper')).toMatchObject({
      fallback: 'same-or-cheaper',
      models: ['api-cheap', 'api-cheap-in', 'seat', 'local-a'],
    });
    expect(planFor('any').models).toEqual([
      'api-cheap',
      'api-dear',
      'api-cheap-in',
      'seat',
      'local-a',
    ]);
    expect(planFor('none').models).toEqual(['api-cheap']);
  });

  it('keeps the shipped defaults’ fallbacks: premium may fall back to the flat seat, flat to local', async () => {
    const { loadConfig } = await import('../../src/config/load-config.js');
    const defaults = (await loadConfig()).config;
    expect(fallbackModels(defaults.tiers['premium']!.models, 'same-or-cheaper', defaults)).toEqual([
      'premium-gpt',
      'copilot-gpt',
    ]);
    expect(fallbackModels(defaults.tiers['flat']!.models, 'same-or-cheaper', defaults)).toEqual([
      'copilot-gpt',
      'local-llama',
    ]);
  });
});
