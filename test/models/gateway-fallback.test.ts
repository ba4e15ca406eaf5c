/**
 * The gateway's fallback bookkeeping: progress names the model actually called, circuit
 * breakers are keyed by endpoint (base URL) as docs/models.md says, and the repair call carries
 * the validation errors with a bounded excerpt of the answer.
 */
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import { CircuitBreakerRegistry } from '../../src/models/circuit-breaker.js';
import { ModelGateway, type CallRecord } from '../../src/models/model-gateway.js';
import type { ModelProvider } from '../../src/models/model-provider.js';
import { answerJson, FakeProvider } from '../support/fake-provider.js';

const TIMEOUTS = { connectMs: 1_000, firstTokenMs: 1_000, totalMs: 1_000 };
const down = () =>
  new ModelError('connection refused', { errorClass: 'connection' }, { retryable: true });

function gateway(
  providers: ModelProvider[],
  calls: CallRecord[],
  breakers?: CircuitBreakerRegistry,
) {
  return new ModelGateway({
    providers: new Map(providers.map((p) => [p.modelId, p])),
    onCall: async (c) => void calls.push(c),
    sleep: async () => undefined,
    breakers,
  });
}

const ask = (models: string[], started: string[] = []) => ({
  messages: [{ role: 'user' as const, content: 'Do the work.' }],
  persona: 'editor',
  attempt: 1,
  models,
  timeouts: TIMEOUTS,
  onModelStart: (id: string) => void started.push(id),
});

describe('ModelGateway fallback', () => {
  it('names each model as it is called, so progress shows the fallback that answered', async () => {
    const first = new FakeProvider('flat', [
      { error: down() },
      { error: down() },
      { error: down() },
    ]);
    const second = new FakeProvider('local', [{ text: answerJson() }], 'ollama');
    const started: string[] = [];
    const calls: CallRecord[] = [];
    const result = await gateway([first, second], calls).answer(ask(['flat', 'local'], started));
    expect(result.modelId).toBe('local');
    expect(started).toEqual(['flat', 'local']);
  });

  it('keys circuit breakers by endpoint: an open circuit skips every model behind that server', async () => {
    const shared = 'http://10.0.0.5:11434';
    const a = new FakeProvider(
      'llama-a',
      [{ error: down() }, { error: down() }, { error: down() }],
      'ollama',
      'a',
      shared,
    );
    const b = new FakeProvider('llama-b', [{ text: answerJson() }], 'ollama', 'b', shared);
    const c = new FakeProvider(
      'remote',
      [{ text: answerJson() }],
      'openai',
      'c',
      'https://api.example',
    );
    const breakers = new CircuitBreakerRegistry({ failureThreshold: 3, openMs: 60_000 });
    const calls: CallRecord[] = [];
    const started: string[] = [];
    const result = await gateway([a, b, c], calls, breakers).answer(
      ask(['llama-a', 'llama-b', 'remote'], started),
    );
    expect(result.modelId).toBe('remote');
    expect(b.requests).toHaveLength(0); // same server, circuit open: not called
    expect(calls.map((x) => x.modelId)).toEqual(['llama-a', 'llama-a', 'llama-a', 'remote']);
    expect(breakers.states()).toEqual({
      [`ollama ${shared}`]: 'open',
      'openai https://api.example': 'closed',
    });
  });

  it('repairs with the validation errors and a bounded excerpt of the broken answer', async () => {
    const huge = `{"decision": "done", "summary": "${'x'.repeat(30_000)}"}`;
    const p = new FakeProvider('flat', [{ text: huge }, { text: answerJson() }]);
    const calls: CallRecord[] = [];
    await gateway([p], calls).answer(ask(['flat']));
    const repair = p.requests[1]!;
    const shown = repair.messages.at(-2)!;
    expect(shown.role).toBe('assistant');
    expect(shown.content.length).toBeLessThan(4_200);
    expect(shown.content).toMatch(/characters left out/);
    expect(repair.messages.at(-1)!.content).toMatch(/confidence/); // the validation error
    expect(repair.purpose).toBe('repair');
  });
});
