import { describe, expect, it } from 'vitest';
import { BudgetError, ModelError } from '../../src/core/errors.js';
import { CircuitBreakerRegistry } from '../../src/models/circuit-breaker.js';
import { ModelGateway, type CallRecord } from '../../src/models/model-gateway.js';
import type { ModelProvider } from '../../src/models/model-provider.js';
import { answerJson, FakeProvider } from '../support/fake-provider.js';

const timeouts = { connectMs: 1000, firstTokenMs: 1000, totalMs: 1000 };
const request = (models: string[]) => ({
  messages: [{ role: 'user' as const, content: 'hi' }],
  persona: 'editor',
  attempt: 1,
  models,
  timeouts,
});

function gateway(
  providers: ModelProvider[],
  extra: Partial<ConstructorParameters<typeof ModelGateway>[0]> = {},
) {
  const calls: CallRecord[] = [];
  const sleeps: number[] = [];
  const gw = new ModelGateway({
    providers: new Map(providers.map((p) => [p.modelId, p])),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onCall: async (c) => {
      calls.push(c);
    },
    ...extra,
  });
  return { gw, calls, sleeps };
}

const retryable = (errorClass: 'server' | 'rate-limited' | 'overloaded', retryAfterMs?: number) =>
  new ModelError(errorClass, { errorClass, retryAfterMs }, { retryable: true });

describe('ModelGateway', () => {
  it('returns a valid answer and records exactly one call', async () => {
    const p = new FakeProvider('a', [
      { text: answerJson(), inputTokens: 120, outputTokens: 30, cached: 20 },
    ]);
    const { gw, calls } = gateway([p]);
    const r = await gw.answer(request(['a']));
    expect(r.answer.decision).toBe('done');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      modelId: 'a',
      outcome: 'ok',
      purpose: 'work',
      call: 1,
      usage: { inputTokens: 120, outputTokens: 30, cachedInputTokens: 20 },
    });
    // the persona answer schema went to the provider for structured output
    expect(p.requests[0]?.schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['decision', 'confidence', 'files']),
    });
  });

  it('retries retryable errors with backoff, honouring Retry-After, then succeeds', async () => {
    const p = new FakeProvider('a', [
      { error: retryable('rate-limited', 3000) },
      { error: retryable('server') },
      { text: answerJson() },
    ]);
    const { gw, calls, sleeps } = gateway([p], {
      retry: { maxRetries: 2, baseMs: 100, maxMs: 1000 },
    });
    await gw.answer(request(['a']));
    expect(calls.map((c) => c.outcome)).toEqual(['error', 'error', 'ok']);
    expect(calls.map((c) => c.errorClass)).toEqual(['rate-limited', 'server', undefined]);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000);
    expect(sleeps[1]).toBeLessThanOrEqual(200);
  });

  it('falls back to the next model when one keeps failing, and skips it once its circuit opens', async () => {
    const a = new FakeProvider('a', [
      { error: retryable('overloaded') },
      { error: retryable('overloaded') },
      { error: retryable('overloaded') },
    ]);
    const b = new FakeProvider('b', [{ text: answerJson() }, { text: answerJson() }]);
    const breakers = new CircuitBreakerRegistry({ failureThreshold: 3, openMs: 60_000 });
    const { gw, calls } = gateway([a, b], {
      retry: { maxRetries: 2, baseMs: 1, maxMs: 1 },
      breakers,
    });
    const first = await gw.answer(request(['a', 'b']));
    expect(first.modelId).toBe('b');
    expect(calls.map((c) => c.modelId)).toEqual(['a', 'a', 'a', 'b']);
    const second = await gw.answer({ ...request(['a', 'b']), attempt: 2 });
    expect(second.modelId).toBe('b');
    expect(a.requests).toHaveLength(3); // the open circuit kept the second attempt off model a
  });

  it('does not retry a model that is not found, but falls back', async () => {
    const a = new FakeProvider('a', [
      { error: new ModelError('not pulled', { errorClass: 'not-found' }) },
    ]);
    const b = new FakeProvider('b', [{ text: answerJson() }]);
    const { gw, calls } = gateway([a, b]);
    await gw.answer(request(['a', 'b']));
    expect(calls.map((c) => [c.modelId, c.outcome])).toEqual([
      ['a', 'error'],
      ['b', 'ok'],
    ]);
  });

  it('falls back at once when the provider’s content filter withholds the answer, without a repair call', async () => {
    const a = new FakeProvider('a', [
      {
        error: new ModelError('filtered', { errorClass: 'content-filtered', raw: '{"summ' }),
      },
    ]);
    const b = new FakeProvider('b', [{ text: answerJson() }]);
    const { gw, calls } = gateway([a, b]);
    await gw.answer(request(['a', 'b']));
    expect(calls.map((c) => [c.modelId, c.outcome, c.errorClass])).toEqual([
      ['a', 'error', 'content-filtered'],
      ['b', 'ok', undefined],
    ]);
  });

  it('gives a contract-breaking answer one repair call, keeping the raw text', async () => {
    const p = new FakeProvider('a', [{ text: '{"decision":"done"}' }, { text: answerJson() }]);
    const { gw, calls } = gateway([p]);
    const r = await gw.answer(request(['a']));
    expect(r.answer.summary).toBe('Did it.');
    expect(calls.map((c) => [c.purpose, c.outcome])).toEqual([
      ['work', 'invalid-answer'],
      ['repair', 'ok'],
    ]);
    expect(calls[0]?.raw).toBe('{"decision":"done"}');
    const repairMessages = p.requests[1]?.messages ?? [];
    expect(repairMessages.at(-1)?.content).toMatch(/broke the required format: .*confidence/);
  });

  it('fails cleanly after a failed repair, without shipping the answer', async () => {
    const p = new FakeProvider('a', [{ text: 'not json' }, { text: '{"also": "wrong"}' }]);
    const { gw, calls } = gateway([p]);
    const error = await gw.answer(request(['a'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).errorClass).toBe('invalid-answer');
    expect((error as ModelError).raw).toBe('{"also": "wrong"}');
    expect(calls).toHaveLength(2);
  });

  it('asks the budget guard before every call with the size of the prompt it is about to send', async () => {
    const p = new FakeProvider('a', [{ text: '{"decision":"done"}' }, { text: answerJson() }]);
    const asked: [string, number][] = [];
    const { gw } = gateway([p], {
      beforeCall: (modelId, promptChars) => void asked.push([modelId, promptChars]),
    });
    await gw.answer(request(['a']));
    const sizes = p.requests.map((r) => r.messages.reduce((n, m) => n + m.content.length, 0));
    expect(sizes[1]).toBeGreaterThan(sizes[0]!); // the repair carries the answer and the problem
    expect(asked).toEqual([
      ['a', 2],
      ['a', sizes[1]],
    ]);
  });

  it('makes no call when the budget guard refuses', async () => {
    const p = new FakeProvider('a', [{ text: answerJson() }]);
    const { gw, calls } = gateway([p], {
      beforeCall: () => {
        throw new BudgetError('over', 'perTask');
      },
    });
    await expect(gw.answer(request(['a']))).rejects.toBeInstanceOf(BudgetError);
    expect(p.requests).toHaveLength(0);
    expect(calls).toHaveLength(0);
  });
});
