import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import type { ChatRequest } from '../../src/models/model-provider.js';
import {
  createOllamaProvider,
  DEFAULT_OLLAMA_HOST,
  resolveOllamaHost,
} from '../../src/models/ollama-provider.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';

const MODEL = 'llama3.1:8b';
const SCHEMA = {
  type: 'object',
  properties: { summary: { type: 'string' } },
  required: ['summary'],
  additionalProperties: false,
};
const ANSWER = '{"summary":"the login form now validates the e-mail address"}';

function chatRequest(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    messages: [
      { role: 'system', content: 'You are the developer persona.' },
      { role: 'user', content: 'Fix the login form.' },
    ],
    schema: SCHEMA,
    schemaName: 'developer_answer',
    timeouts: { connectMs: 2_000, firstTokenMs: 5_000, totalMs: 10_000 },
    persona: 'developer',
    attempt: 1,
    purpose: 'work',
    ...overrides,
  };
}

/** The call's ModelError; fails the test if the call succeeds or throws something else. */
async function failure(promise: Promise<unknown>): Promise<ModelError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return error as ModelError;
  }
  throw new Error('expected the call to fail');
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

let server: OllamaTestServer;

beforeEach(async () => {
  server = await startOllamaServer({ models: [MODEL] });
});

afterEach(async () => {
  await server.close();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function provider(overrides: { keepAlive?: string; host?: string; model?: string } = {}) {
  return createOllamaProvider({
    modelId: 'local-llama',
    model: overrides.model ?? MODEL,
    host: overrides.host ?? server.url,
    keepAlive: overrides.keepAlive ?? '10m',
  });
}

describe('createOllamaProvider: success', () => {
  it('streams the answer and sends the schema as `format`, keep_alive and temperature 0', async () => {
    server.enqueue({ content: ANSWER, promptTokens: 812, evalTokens: 19 });
    const result = await provider().chat(chatRequest());

    expect(result.text).toBe(ANSWER);
    expect(result.model).toBe(MODEL);
    expect(result.usage).toEqual({ inputTokens: 812, outputTokens: 19, cachedInputTokens: 0 });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);

    expect(server.chatRequests).toHaveLength(1);
    const body = server.chatRequests[0]?.body as Record<string, unknown>;
    expect(body['model']).toBe(MODEL);
    expect(body['format']).toEqual(SCHEMA);
    expect(body['stream']).toBe(true);
    expect(body['keep_alive']).toBe('10m');
    // The request profile: temperature 0, the output cap, and a window for prompt plus cap.
    expect(body['options']).toEqual({ temperature: 0, num_predict: 8192, num_ctx: 9216 });
    expect(body['messages']).toEqual([
      { role: 'system', content: 'You are the developer persona.' },
      { role: 'user', content: 'Fix the login form.' },
    ]);
  });

  it('leaves keep_alive out when the config sets none', async () => {
    server.enqueue({ content: ANSWER });
    await createOllamaProvider({ modelId: 'm', model: MODEL, host: server.url }).chat(
      chatRequest(),
    );
    expect(server.chatRequests[0]?.body).not.toHaveProperty('keep_alive');
  });

  it('reports progress as chunks arrive, ending at the full length', async () => {
    server.enqueue({ content: ANSWER, chunkSize: 10 });
    const seen: number[] = [];
    const result = await provider().chat(chatRequest({ onProgress: (n) => seen.push(n) }));
    expect(seen.length).toBe(Math.ceil(ANSWER.length / 10));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(result.text.length);
  });

  it('counts a fully cached prompt (no prompt_eval_count) as zero input tokens', async () => {
    server.enqueue({ content: ANSWER, omitPromptEvalCount: true, evalTokens: 7 });
    const result = await provider().chat(chatRequest());
    expect(result.usage).toEqual({ inputTokens: 0, outputTokens: 7, cachedInputTokens: 0 });
  });

  it('returns the model name the server reports', async () => {
    server.enqueue({ content: ANSWER, model: 'llama3.1:8b-instruct-q4_K_M' });
    const result = await provider().chat(chatRequest());
    expect(result.model).toBe('llama3.1:8b-instruct-q4_K_M');
  });

  it('returns text that is not valid JSON as it came: judging it is the caller’s job', async () => {
    server.enqueue({ content: '{"summary": "cut' });
    const result = await provider().chat(chatRequest());
    expect(result.text).toBe('{"summary": "cut');
  });

  it('skips a malformed NDJSON line the way the client does and still finishes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.enqueue({ content: ANSWER, malformedLine: { beforeChunk: 2, text: '{"model": oops' } });
    const result = await provider().chat(chatRequest());
    expect(result.text).toBe(ANSWER);
    expect(warn).toHaveBeenCalled();
  });
});

describe('createOllamaProvider: host', () => {
  it('resolves the option first, then OLLAMA_HOST, then the default', () => {
    expect(resolveOllamaHost('http://gpu-box:11434', { OLLAMA_HOST: 'http://other:1' })).toBe(
      'http://gpu-box:11434',
    );
    expect(resolveOllamaHost(undefined, { OLLAMA_HOST: 'http://other:1' })).toBe('http://other:1');
    expect(resolveOllamaHost('  ', { OLLAMA_HOST: '' })).toBe(DEFAULT_OLLAMA_HOST);
    expect(resolveOllamaHost(undefined, {})).toBe('http://127.0.0.1:11434');
  });

  it('honours OLLAMA_HOST from the environment when the config names no host', async () => {
    vi.stubEnv('OLLAMA_HOST', server.url);
    server.enqueue({ content: ANSWER });
    const p = createOllamaProvider({ modelId: 'm', model: MODEL });
    const result = await p.chat(chatRequest());
    expect(result.text).toBe(ANSWER);
    expect(server.chatRequests).toHaveLength(1);
  });

  it('accepts OLLAMA_HOST without a scheme (host:port), as the ollama CLI does', async () => {
    vi.stubEnv('OLLAMA_HOST', server.url.replace('http://', ''));
    server.enqueue({ content: ANSWER });
    const result = await createOllamaProvider({ modelId: 'm', model: MODEL }).chat(chatRequest());
    expect(result.text).toBe(ANSWER);
  });

  it('prefers the configured host over OLLAMA_HOST', async () => {
    const other = await startOllamaServer({ models: [MODEL] });
    try {
      vi.stubEnv('OLLAMA_HOST', other.url);
      server.enqueue({ content: ANSWER });
      await provider().chat(chatRequest());
      expect(server.chatRequests).toHaveLength(1);
      expect(other.chatRequests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});

describe('createOllamaProvider: errors', () => {
  it('maps a model that is not pulled to not-found with an `ollama pull` hint', async () => {
    const error = await failure(provider({ model: 'qwen2.5-coder:32b' }).chat(chatRequest()));
    expect(error.errorClass).toBe('not-found');
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(404);
    expect(error.message).toContain('model "qwen2.5-coder:32b" not found, try pulling it first');
    expect(error.hint).toContain('ollama pull qwen2.5-coder:32b');
  });

  it('maps a host that is not Ollama (404 on the route) to not-found with a hint about the host', async () => {
    const error = await failure(provider({ host: `${server.url}/not-ollama` }).chat(chatRequest()));
    expect(error.errorClass).toBe('not-found');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('404 page not found');
    expect(error.hint).toContain(`${server.url}/not-ollama`);
    expect(error.hint).not.toContain('ollama pull');
  });

  it('maps 503 (queue full) to overloaded, retryable, without retrying itself', async () => {
    server.enqueue({
      status: 503,
      error: 'server busy, please try again.  maximum pending requests exceeded',
    });
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('overloaded');
    expect(error.retryable).toBe(true);
    expect(error.status).toBe(503);
    expect(server.chatRequests).toHaveLength(1);
  });

  it('maps 500 to server, retryable', async () => {
    server.enqueue({ status: 500, error: 'llama runner process has terminated: signal: killed' });
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('server');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('llama runner process has terminated');
  });

  it('maps 400 to bad-request, not retryable', async () => {
    server.enqueue({
      status: 400,
      error: 'invalid format: expected "json" or a valid JSON Schema',
    });
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('bad-request');
    expect(error.retryable).toBe(false);
  });

  it('maps a refused connection to connection, retryable, with a hint naming the host and OLLAMA_HOST', async () => {
    const gone = await startOllamaServer();
    const url = gone.url;
    await gone.close();
    const error = await failure(provider({ host: url }).chat(chatRequest()));
    expect(error.errorClass).toBe('connection');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.hint).toContain(url);
    expect(error.hint).toContain('OLLAMA_HOST');
  });

  it('maps a malformed final line (so no `done`) to connection, retryable', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.enqueue({ content: ANSWER, malformedDoneLine: '{"done": tru' });
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('connection');
    expect(error.retryable).toBe(true);
  });
});

describe('createOllamaProvider: timeouts and cancellation', () => {
  const margin = 1_000;

  it('times out while the server holds the headers (a cold load) at firstTokenMs', async () => {
    server.enqueue({ content: ANSWER, headersDelayMs: 20_000 });
    const timeouts = { connectMs: 100, firstTokenMs: 400, totalMs: 10_000 };
    const { value: error, ms } = await timed(() =>
      failure(provider().chat(chatRequest({ timeouts }))),
    );
    expect(error.errorClass).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('first-token');
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(400 + margin);
  });

  it('waits out a cold load that fits in firstTokenMs even when it is longer than connectMs', async () => {
    server.enqueue({ content: ANSWER, headersDelayMs: 400 });
    const timeouts = { connectMs: 100, firstTokenMs: 3_000, totalMs: 10_000 };
    const result = await provider().chat(chatRequest({ timeouts }));
    expect(result.text).toBe(ANSWER);
  });

  it('times out after the headers when no first token comes', async () => {
    server.enqueue({ content: ANSWER, firstChunkDelayMs: 20_000 });
    const timeouts = { connectMs: 100, firstTokenMs: 400, totalMs: 10_000 };
    const { value: error, ms } = await timed(() =>
      failure(provider().chat(chatRequest({ timeouts }))),
    );
    expect(error.errorClass).toBe('timeout');
    expect(error.message).toContain('first-token');
    expect(ms).toBeLessThan(400 + margin);
  });

  it('times out mid-stream at totalMs even though tokens keep coming', async () => {
    server.enqueue({ content: 'x'.repeat(200), chunkSize: 1, chunkDelayMs: 50 });
    // Only the phase under test is short: the others are generous, so headers or a first token
    // late on a loaded machine cannot end the call before it.
    const timeouts = { connectMs: 100, firstTokenMs: 5_000, totalMs: 700 };
    const seen: number[] = [];
    const { value: error, ms } = await timed(() =>
      failure(provider().chat(chatRequest({ timeouts, onProgress: (n) => seen.push(n) }))),
    );
    expect(error.errorClass).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('total');
    expect(seen.length).toBeGreaterThan(2);
    expect(ms).toBeGreaterThanOrEqual(650);
    expect(ms).toBeLessThan(700 + margin);
  });

  it('times out at totalMs when the stream stalls after the first token', async () => {
    server.enqueue({ content: 'abcdefgh', chunkSize: 4, chunkDelayMs: 20_000 });
    // Only the phase under test is short: the others are generous, so headers or a first token
    // late on a loaded machine cannot end the call before it.
    const timeouts = { connectMs: 100, firstTokenMs: 5_000, totalMs: 600 };
    const { value: error, ms } = await timed(() =>
      failure(provider().chat(chatRequest({ timeouts }))),
    );
    expect(error.errorClass).toBe('timeout');
    expect(error.message).toContain('total');
    expect(ms).toBeLessThan(600 + margin);
  });
});
