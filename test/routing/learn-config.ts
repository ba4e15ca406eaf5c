/** A config for the learning tests: two kinds, a cheap local model and a premium API model. */
export const LEARN_CONFIG = `version: 1
owner: ana
models:
  local-llama: { provider: ollama, model: llama3.1:8b, price: { input: 0, output: 0, perSecond: 0.0001 } }
  flat-gpt: { provider: openai, model: gpt-4.1, billing: flat }
  premium-gpt: { provider: openai, model: gpt-5, price: { input: 1.25, output: 10 } }
tiers:
  local: { models: [local-llama] }
  flat: { models: [flat-gpt] }
  premium: { models: [premium-gpt] }
kinds:
  easy: { description: d, labels: [easy], byHandMinutes: { S: 10, M: 20, L: 30 } }
  hard: { description: d, labels: [hard], byHandMinutes: { S: 10, M: 20, L: 30 } }
budgets: { perTask: 5, perMonth: 100 }
rules:
  - id: easy-rule
    reason: easy work
    when: { kinds: [easy] }
    route: { persona: editor, tier: premium }
    risk: low
    learn: { mode: apply, cheaper: [local], minSamples: 20, minAcceptanceLB: 0.8, risks: [low] }
  - id: hard-rule
    reason: hard work
    when: { kinds: [hard] }
    route: { persona: editor, tier: premium }
    risk: low
`;
