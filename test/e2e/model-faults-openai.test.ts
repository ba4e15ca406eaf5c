/**
 * Faults on the OpenAI-compatible server, through the whole pipeline: the flat tier's seat
 * (copilot-gpt, at a GitHub Models-style /inference path) fails in each way a hosted API does,
 * and the work is retried within bounds, falls back to the local model on the Ollama server, or
 * fails cleanly, never waiting past the tier's timeouts; the ledger has one entry per request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAiError, type OpenAiReply } from '../support/openai-server.js';
import {
  answer,
  callsOf,
  expectLedgerMatchesServers,
  FLAT_MODEL,
  KEY,
  modelsReceived,
  OLLAMA_MODEL,
  startHarness,
  type Harness,
  type TaskRun,
} from './model-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const ok = (extra: Partial<OpenAiReply> = {}): OpenAiReply => ({
  content: answer(),
  chunkSize: 64,
  promptTokens: 900,
  completionTokens: 120,
  cachedTokens: 300,
  ...extra,
});
const error500 = openAiError(500, 'The server had an error while processing your request.');

/** Run a flat-tier task with these replies; check the ledger against what each server received. */
async function flatTask(
  name: string,
  replies: { openai?: OpenAiReply[]; ollama?: Parameters<Harness['script']>[0]['ollama'] },
  edit?: (yaml: string) => string,
): Promise<TaskRun> {
  h.script(replies);
  const before = h.counts();
  const run = await h.run(name, ['flat'], { edit });
  expectLedgerMatchesServers(run, {
    openai: modelsReceived(h.openai, before.openai),
    ollama: modelsReceived(h.ollama, before.ollama),
  });
  return run;
}

describe('the flat seat on an OpenAI-compatible server, failing', () => {
  it('429 with Retry-After: waits at least as long as asked, then the same model answers', async () => {
    const run = await flatTask('rate-limited', {
      openai: [
        openAiError(429, 'Rate limit reached for requests', {
          type: 'requests',
          code: 'rate_limit_exceeded',
          headers: { 'retry-after': '7' },
        }),
        ok(),
      ],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'error', 'rate-limited'],
      ['copilot-gpt', 'ok', undefined],
    ]);
    expect(run.sleeps).toHaveLength(1);
    expect(run.sleeps[0]).toBeGreaterThanOrEqual(7_000);
    // The key came from the environment variable the config names, as a bearer token.
    expect(h.openai.chatRequests.at(-1)?.authorization).toBe(`Bearer ${KEY}`);
    // Usage as the server reported it; a flat seat costs nothing but has a shadow cost.
    const last = run.attempts[1]!;
    expect(last.usage).toMatchObject({
      inputTokens: 900,
      outputTokens: 120,
      cachedInputTokens: 300,
    });
    expect(last.cost.actualMicros).toBe(0);
    // 600 uncached at $1.25/M + 300 cached at $0.125/M + 120 out at $10/M, half up.
    expect(last.cost.shadowMicros).toBe(750 + 38 + 1_200);
  });

  it('500 on every try: bounded retries, then falls back to the local model on Ollama', async () => {
    const run = await flatTask('server-error', {
      openai: [error500, error500, error500, error500],
      ollama: [{ content: answer(), promptTokens: 812, evalTokens: 96 }],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'error', 'server'],
      ['copilot-gpt', 'error', 'server'],
      ['copilot-gpt', 'error', 'server'],
      ['local-llama', 'ok', undefined],
    ]);
    expect(run.sleeps).toHaveLength(2); // between the three tries, none before the fallback
    expect(run.outcome.status === 'delivered' && run.outcome.by.modelId).toBe('local-llama');
    const local = run.attempts[3]!;
    expect(local.usage).toMatchObject({ inputTokens: 812, outputTokens: 96 });
    // Runner time at $0.0001 per second.
    expect(local.cost.actualMicros).toBe(Math.round(local.usage.durationMs / 10));
  });

  it('503 overloaded once: retried, and the seat answers', async () => {
    const run = await flatTask('overloaded', {
      openai: [openAiError(503, 'Service unavailable', { type: 'server_error' }), ok()],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'error', 'overloaded'],
      ['copilot-gpt', 'ok', undefined],
    ]);
  });

  it('no response headers (a timeout before the stream): each try ends at connectMs, then falls back', async () => {
    const hang = ok({ headersDelayMs: 20_000 });
    const run = await flatTask('timeout-before-stream', {
      openai: [hang, hang, hang],
      ollama: [{ content: answer() }],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'error', 'timeout'],
      ['copilot-gpt', 'error', 'timeout'],
      ['copilot-gpt', 'error', 'timeout'],
      ['local-llama', 'ok', undefined],
    ]);
    for (const a of run.attempts.slice(0, 3)) {
      expect(a.data.error).toMatch(/connect timeout/);
      expect(a.usage.durationMs).toBeGreaterThanOrEqual(h.timeouts.connectMs - 20);
      expect(a.usage.durationMs).toBeLessThan(h.timeouts.connectMs + h.ms(300));
    }
    expect(run.ms).toBeLessThan(3 * h.timeouts.connectMs + h.ms(2_000));
  });

  it('a stream that stalls mid-answer (a timeout during the stream): cut at totalMs, then retried', async () => {
    const run = await flatTask('timeout-during-stream', {
      openai: [ok({ chunkSize: 8, chunkDelayMs: h.ms(200) }), ok()],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'error', 'timeout'],
      ['copilot-gpt', 'ok', undefined],
    ]);
    const stalled = run.attempts[0]!;
    expect(stalled.data.error).toMatch(/total timeout/);
    expect(stalled.usage.durationMs).toBeGreaterThanOrEqual(h.timeouts.totalMs - 20);
  });

  it('a stream cut mid-answer: a connection error, retried', async () => {
    const run = await flatTask('stream-cut', {
      openai: [ok({ chunkSize: 16, cutAfterChunks: 3 }), ok()],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'error', 'connection'],
      ['copilot-gpt', 'ok', undefined],
    ]);
  });

  it('malformed JSON on the wire: a server error, retried', async () => {
    const run = await flatTask('malformed-wire', {
      openai: [
        ok({ malformedChunk: { beforeChunk: 1, data: '{"id": "chatcmpl-1", "choices": [' } }),
        ok(),
      ],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'error', 'server'],
      ['copilot-gpt', 'ok', undefined],
    ]);
    expect(run.attempts[0]?.data.error).toMatch(/malformed/);
  });

  it('an answer that breaks the contract: one repair call on the same model, keeping the raw text', async () => {
    const broken = '{"decision": "done", "summary": "no files, no confidence"}';
    const run = await flatTask('schema-breaking', {
      openai: [{ content: broken, promptTokens: 500, completionTokens: 20 }, ok()],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(run.attempts.map((a) => [a.data.purpose, a.data.outcome])).toEqual([
      ['work', 'invalid-answer'],
      ['repair', 'ok'],
    ]);
    expect(run.attempts[0]?.data.raw).toBe(broken);
    const repairPrompt = (h.openai.chatRequests.at(-1)?.body as { messages: { content: string }[] })
      .messages;
    expect(repairPrompt.at(-2)?.content).toBe(broken);
    expect(repairPrompt.at(-1)?.content).toMatch(/broke the required format/);
  });

  it('an answer that breaks the contract twice: a clean failure after exactly two calls', async () => {
    const run = await flatTask('schema-breaking-twice', {
      openai: [{ content: '[]' }, { content: '{"decision": 7}' }],
    });
    expect(run.outcome).toMatchObject({ status: 'failed', stage: 'work' });
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'invalid-answer', 'invalid-answer'],
      ['copilot-gpt', 'invalid-answer', 'invalid-answer'],
    ]);
    expect(run.entries.at(-1)).toMatchObject({
      event: 'failed',
      data: { stage: 'work', errorClass: 'invalid-answer' },
    });
  });

  it('a model the server does not have: no retry, straight to the fallback', async () => {
    const run = await flatTask(
      'model-not-found',
      // The server refuses the unknown model before it looks at the scripted reply.
      { openai: [ok()], ollama: [{ content: answer() }] },
      (yaml) => yaml.replace(`model: ${FLAT_MODEL}`, 'model: openai/gpt-9-preview'),
    );
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'error', 'not-found'],
      ['local-llama', 'ok', undefined],
    ]);
    expect(run.attempts[0]?.data.error).toContain('does not exist');
    expect(run.sleeps).toEqual([]);
  });

  it('both servers failing: bounded retries on each, then a clean failure with the last error', async () => {
    const ollama500 = { status: 500, error: 'llama runner process has terminated' };
    const run = await flatTask('all-down', {
      openai: [error500, error500, error500],
      ollama: [ollama500, ollama500, ollama500, ollama500],
    });
    expect(run.outcome).toMatchObject({ status: 'failed', stage: 'work' });
    expect(callsOf(run).map(([m, , c]) => `${m}:${c}`)).toEqual([
      ...Array<string>(3).fill('copilot-gpt:server'),
      ...Array<string>(3).fill('local-llama:server'),
    ]);
    expect(run.entries.map((e) => e.event)).toEqual([
      'planned',
      ...Array<string>(6).fill('attempt'),
      'failed',
    ]);
    expect(run.entries.at(-1)).toMatchObject({
      data: {
        stage: 'work',
        errorClass: 'server',
        reason: expect.stringContaining('llama runner process has terminated'),
      },
    });
    expect(run.ms).toBeLessThan(h.ms(5_000));
  });

  it('keeps the ledger and the servers in step across every test of this file', () => {
    // Sanity on the harness itself: the requests went where the config said.
    expect(h.openai.chatRequests.every((r) => r.path === '/inference/chat/completions')).toBe(true);
    expect(
      h.ollama.chatRequests.every((r) => (r.body as { model: string }).model === OLLAMA_MODEL),
    ).toBe(true);
  });
});
