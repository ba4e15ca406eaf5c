/**
 * Providers built when the gateway first needs them: a model whose key is missing is skipped
 * (a `skipped` attempt entry with the reason), the tier falls back as documented, and only when
 * no model can be called does the task fail, naming each model and why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, callsOf, modelsReceived, startHarness, type Harness } from './model-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('a model whose key is not set', () => {
  it('is skipped and recorded, and the flat tier falls back to the local model', async () => {
    h.script({ ollama: [{ content: answer('Audited by the local model.') }] });
    const before = h.counts();
    const run = await h.run('no-key-flat', ['flat'], { env: {} });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'skipped', 'unavailable'],
      ['local-llama', 'ok', undefined],
    ]);
    const skipped = run.attempts[0]!;
    expect(skipped.data.error).toMatch(/AIOS_E2E_MODELS_KEY, which is not set/);
    expect(skipped.usage).toMatchObject({ inputTokens: 0, outputTokens: 0 });
    expect(skipped.cost.actualMicros).toBe(0);
    expect(modelsReceived(h.openai, before.openai)).toEqual([]);
    expect(run.outcome.cost.calls).toBe(1);
    expect(run.outcome.status === 'delivered' && run.outcome.by.modelId).toBe('local-llama');
  });

  it('fails the task only when no model can be called, naming each model and why', async () => {
    // The local model is not pulled on this server (404), and the flat seat has no key.
    h.script({
      ollama: [{ status: 404, error: 'model "llama3.1:8b" not found, try pulling it first' }],
    });
    const run = await h.run('no-model', ['local'], { env: {} });
    expect(run.outcome).toMatchObject({ status: 'failed', stage: 'work' });
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'not-found'],
      ['copilot-gpt', 'skipped', 'unavailable'],
    ]);
    const failed = run.entries.at(-1);
    expect(failed?.event).toBe('failed');
    const reason = run.outcome.status === 'failed' ? run.outcome.reason : '';
    expect(reason).toMatch(/local-llama: .*model not found/);
    expect(reason).toMatch(/copilot-gpt: .*AIOS_E2E_MODELS_KEY, which is not set/);
  });
});
