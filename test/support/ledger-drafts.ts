import type { LedgerDraft } from '../../src/core/ledger-entry.js';

const base = (task: string) => ({
  task,
  work: { kind: 'writing', risk: 'medium' as const, client: 'acme', size: 'M' as const },
  rule: { id: 'writing-in-voice', configHash: 'c'.repeat(64) },
});

/** A realistic `planned` entry draft. */
export function planned(task: string): LedgerDraft {
  return {
    ...base(task),
    event: 'planned',
    actor: { type: 'system', component: 'router' },
    data: {
      title: 'T',
      source: 't.md',
      textHash: 'a'.repeat(64),
      requestedBy: 'ann',
      persona: 'editor',
      tier: 'premium',
      models: ['premium-gpt'],
      gates: ['markdown-lint'],
      maxAttempts: 2,
      reason: 'r',
      trace: [],
      estimate: { minutes: 120, source: 'config' },
    },
  };
}

/** A realistic `attempt` entry draft for an API model. */
export function attempt(task: string, n: number, input = 1000, output = 500): LedgerDraft {
  const price = {
    model: 'premium-gpt',
    inputPerMTokMicros: 1_250_000,
    outputPerMTokMicros: 10_000_000,
    cachedInputPerMTokMicros: 125_000,
    perSecondMicros: 0,
  };
  const actual = Math.round(input * 1.25 + output * 10);
  return {
    ...base(task),
    event: 'attempt',
    actor: {
      type: 'model',
      provider: 'openai',
      model: 'gpt-5',
      modelId: 'premium-gpt',
      persona: 'editor',
      tier: 'premium',
      scripted: false,
    },
    usage: { inputTokens: input, outputTokens: output, cachedInputTokens: 0, durationMs: 1200 },
    cost: { billing: 'api', actualMicros: actual, shadowMicros: actual, price },
    data: {
      attempt: n,
      call: n,
      purpose: 'work',
      outcome: 'ok',
      decision: 'done',
      confidence: 0.9,
    },
  };
}
