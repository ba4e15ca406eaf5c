/**
 * Faults on the Ollama server, through the whole pipeline: the local tier's model fails in each
 * way a local runner does, and the work is retried within bounds, falls back to the flat seat on
 * the OpenAI-compatible server when the rule allows it (`fallback: any`), or fails cleanly when
 * the rule forbids a dearer fallback; the ledger has exactly one entry per request received.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OllamaReply } from '../support/ollama-server.js';
import type { OpenAiReply } from '../support/openai-server.js';
import {
  answer,
  callsOf,
  expectLedgerMatchesServers,
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

const ok = (extra: Partial<OllamaReply> = {}): OllamaReply => ({
  content: answer(),
  chunkSize: 48,
  promptTokens: 812,
  evalTokens: 96,
  ...extra,
});
const seatOk: OpenAiReply = {
  content: answer(),
  chunkSize: 64,
  promptTokens: 700,
  completionTokens: 90,
};
const crashed: OllamaReply = {
  status: 500,
  error: 'llama runner process has terminated: signal: killed',
};

async function localTask(
  name: string,
  replies: { ollama?: OllamaReply[]; openai?: OpenAiReply[] },
  edit?: (yaml: string) => string,
): Promise<TaskRun> {
  h.script(replies);
  const before = h.counts();
  const run = await h.run(name, ['local'], { edit });
  expectLedgerMatchesServers(run, {
    openai: modelsReceived(h.openai, before.openai),
    ollama: modelsReceived(h.ollama, before.ollama),
  });
  return run;
}

describe('the local model on an Ollama server, failing', () => {
  it('429: retried after a capped backoff, then the same model answers', async () => {
    const run = await localTask('ollama-429', {
      ollama: [{ status: 429, error: 'too many requests' }, ok()],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'rate-limited'],
      ['local-llama', 'ok', undefined],
    ]);
    expect(run.sleeps).toHaveLength(1);
    expect(run.sleeps[0]).toBeLessThanOrEqual(500); // the first retry's cap: no Retry-After here
    const done = run.attempts[1]!;
    expect(done.usage).toMatchObject({ inputTokens: 812, outputTokens: 96, cachedInputTokens: 0 });
    expect(done.cost).toMatchObject({ billing: 'local', shadowPrice: { model: 'premium-gpt' } });
  });

  it('500 on every try: bounded retries, then falls back to the flat seat on the OpenAI server', async () => {
    const run = await localTask('ollama-500', {
      ollama: [crashed, crashed, crashed, crashed],
      openai: [seatOk],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'server'],
      ['local-llama', 'error', 'server'],
      ['local-llama', 'error', 'server'],
      ['copilot-gpt', 'ok', undefined],
    ]);
    expect(run.attempts[0]?.data.error).toContain('llama runner process has terminated');
    expect(run.outcome.status === 'delivered' && run.outcome.by.model).toBe('openai/gpt-4.1');
  });

  it('503 busy (a full queue): retried, and the model answers', async () => {
    const run = await localTask('ollama-503', {
      ollama: [
        { status: 503, error: 'server busy, please try again.  maximum pending requests exceeded' },
        ok(),
      ],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'overloaded'],
      ['local-llama', 'ok', undefined],
    ]);
  });

  it('503 with Retry-After (a proxy in front of Ollama): waits at least as long as asked, as for OpenAI', async () => {
    const run = await localTask('ollama-retry-after', {
      ollama: [
        { status: 503, error: 'server busy, please try again', headers: { 'retry-after': '4' } },
        ok(),
      ],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'overloaded'],
      ['local-llama', 'ok', undefined],
    ]);
    expect(run.sleeps).toHaveLength(1);
    expect(run.sleeps[0]).toBeGreaterThanOrEqual(4_000);
  });

  it('no headers while a model loads (a timeout before the stream): each try ends at firstTokenMs, then falls back', async () => {
    const cold = ok({ headersDelayMs: 20_000 });
    const run = await localTask('ollama-cold-load', {
      ollama: [cold, cold, cold],
      openai: [seatOk],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run).map(([m, o, c]) => `${m}:${o}:${c ?? ''}`)).toEqual([
      'local-llama:error:timeout',
      'local-llama:error:timeout',
      'local-llama:error:timeout',
      'copilot-gpt:ok:',
    ]);
    for (const a of run.attempts.slice(0, 3)) {
      expect(a.data.error).toMatch(/first-token timeout/);
      expect(a.usage.durationMs).toBeGreaterThanOrEqual(h.timeouts.firstTokenMs - 20);
      expect(a.usage.durationMs).toBeLessThan(h.timeouts.firstTokenMs + h.ms(300));
    }
  });

  it('a stream that stalls mid-answer (a timeout during the stream): cut at totalMs, then retried', async () => {
    const run = await localTask('ollama-stall', {
      ollama: [ok({ chunkSize: 8, chunkDelayMs: h.ms(200) }), ok()],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'timeout'],
      ['local-llama', 'ok', undefined],
    ]);
    expect(run.attempts[0]?.data.error).toMatch(/total timeout/);
    expect(run.attempts[0]!.usage.durationMs).toBeGreaterThanOrEqual(h.timeouts.totalMs - 20);
  });

  it('a stream cut mid-answer, and an error line mid-stream: each retried', async () => {
    const run = await localTask('ollama-cut', {
      ollama: [
        ok({ chunkSize: 16, cutAfterChunks: 3 }),
        ok({ streamErrorAfterChunks: 2, streamError: 'CUDA error: out of memory' }),
        ok(),
      ],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'connection'],
      ['local-llama', 'error', 'server'],
      ['local-llama', 'ok', undefined],
    ]);
    expect(run.attempts[1]?.data.error).toContain('CUDA error: out of memory');
  });

  it('malformed JSON on the wire: a broken final line is retried; a broken middle line is skipped', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const run = await localTask('ollama-malformed', {
      ollama: [
        ok({ malformedDoneLine: '{"done": tru' }),
        ok({ malformedLine: { beforeChunk: 1, text: '{"model": oops' } }),
      ],
    });
    warn.mockRestore();
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'connection'],
      ['local-llama', 'ok', undefined],
    ]);
  });

  it('an answer that breaks the contract: one repair call, then the work goes on', async () => {
    const run = await localTask('ollama-schema', {
      ollama: [ok({ content: '{"decision": "maybe"}' }), ok()],
    });
    expect(run.outcome.status).toBe('delivered');
    expect(run.attempts.map((a) => [a.data.purpose, a.data.outcome])).toEqual([
      ['work', 'invalid-answer'],
      ['repair', 'ok'],
    ]);
    expect(run.attempts[0]?.data.error).toMatch(/decision/);
  });

  it('a model that is not pulled: no retry, straight to the fallback', async () => {
    const run = await localTask(
      'ollama-not-pulled',
      // The server refuses the unknown model before it looks at the scripted reply.
      { ollama: [ok()], openai: [seatOk] },
      (yaml) => yaml.replace(`model: ${OLLAMA_MODEL}`, 'model: mistral:7b'),
    );
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'not-found'],
      ['copilot-gpt', 'ok', undefined],
    ]);
    expect(run.attempts[0]?.data.error).toMatch(/model not found/);
    expect(run.sleeps).toEqual([]);
  });

  it('a rule that forbids a dearer fallback: the seat is never called, and the task fails cleanly', async () => {
    const run = await localTask(
      'ollama-no-dearer-fallback',
      { ollama: [crashed, crashed, crashed], openai: [seatOk] },
      (yaml) =>
        yaml.replace(
          'route: { persona: content-auditor, tier: local, maxAttempts: 1, fallback: any }',
          'route: { persona: content-auditor, tier: local, maxAttempts: 1, fallback: same-or-cheaper }',
        ),
    );
    expect(run.outcome).toMatchObject({ status: 'failed', stage: 'work' });
    expect(run.outcome.plan?.models).toEqual(['local-llama']);
    expect(callsOf(run).map(([m]) => m)).toEqual(['local-llama', 'local-llama', 'local-llama']);
    expect(run.entries[0]).toMatchObject({ event: 'planned', data: { models: ['local-llama'] } });
    expect(run.entries.at(-1)).toMatchObject({ event: 'failed', data: { errorClass: 'server' } });
  });
});
