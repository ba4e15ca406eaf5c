import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import type { ChatRequest } from '../../src/models/model-provider.js';
import { createOpenAiProvider, schemaName } from '../../src/models/openai-provider.js';
import { openAiError, startOpenAiServer, type OpenAiTestServer } from '../support/openai-server.js';

const KEY = 'sk-test-4f9a1c2e7b3d8a6f0e5c';
const MODEL = 'gpt-4.1-mini';
const SCHEMA = {
  type: 'object',
  properties: { summary: { type: 'string' }, files: { type: 'array', items: { type: 'string' } } },
  required: ['summary', 'files'],
  additionalProperties: false,
};
const ANSWER = '{"summary":"validated the e-mail field","files":["src/login.ts"]}';

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

let server: OpenAiTestServer;

beforeEach(async () => {
  server = await startOpenAiServer({ apiKey: KEY, models: [MODEL, 'openai/gpt-4.1'] });
});

afterEach(async () => {
  await server.close();
});

function provider(
  overrides: { apiKey?: string; model?: string; baseUrl?: string; apiKeyEnv?: string } = {},
) {
  return createOpenAiProvider({
    modelId: 'gpt-mini',
    model: overrides.model ?? MODEL,
    baseUrl: overrides.baseUrl ?? server.baseUrl,
    apiKey: overrides.apiKey ?? KEY,
    apiKeyEnv: overrides.apiKeyEnv ?? 'OPENAI_API_KEY',
  });
}

describe('createOpenAiProvider: success', () => {
  it('streams the answer with a strict json_schema response format, usage included', async () => {
    server.enqueue({
      content: ANSWER,
      model: 'gpt-4.1-mini-2025-04-14',
      promptTokens: 1_500,
      completionTokens: 42,
      cachedTokens: 1_024,
    });
    const result = await provider().chat(chatRequest());

    expect(result.text).toBe(ANSWER);
    expect(result.model).toBe('gpt-4.1-mini-2025-04-14');
    expect(result.usage).toEqual({
      inputTokens: 1_500,
      outputTokens: 42,
      cachedInputTokens: 1_024,
    });

    expect(server.chatRequests).toHaveLength(1);
    const sent = server.chatRequests[0];
    expect(sent?.authorization).toBe(`Bearer ${KEY}`);
    const body = sent?.body as Record<string, unknown>;
    expect(body['model']).toBe(MODEL);
    expect(body['stream']).toBe(true);
    expect(body['stream_options']).toEqual({ include_usage: true });
    expect(body['temperature']).toBe(0);
    expect(body['response_format']).toEqual({
      type: 'json_schema',
      json_schema: { name: 'developer_answer', schema: SCHEMA, strict: true },
    });
    expect(body['messages']).toEqual([
      { role: 'system', content: 'You are the developer persona.' },
      { role: 'user', content: 'Fix the login form.' },
    ]);
  });

  it('works under another base path (GitHub Models: /inference/chat/completions)', async () => {
    const github = await startOpenAiServer({
      basePath: '/inference',
      apiKey: 'ghp_token_1234567890',
    });
    try {
      github.enqueue({ content: ANSWER });
      const result = await createOpenAiProvider({
        modelId: 'gh-gpt',
        model: 'openai/gpt-4.1',
        baseUrl: github.baseUrl,
        apiKey: 'ghp_token_1234567890',
        apiKeyEnv: 'GITHUB_TOKEN',
      }).chat(chatRequest());
      expect(result.text).toBe(ANSWER);
      expect(github.chatRequests[0]?.path).toBe('/inference/chat/completions');
    } finally {
      await github.close();
    }
  });

  it('reports progress as content arrives, ending at the full length', async () => {
    server.enqueue({ content: ANSWER, chunkSize: 8 });
    const seen: number[] = [];
    const result = await provider().chat(chatRequest({ onProgress: (n) => seen.push(n) }));
    expect(seen).toHaveLength(Math.ceil(ANSWER.length / 8));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(result.text.length);
  });

  it('makes a schema name OpenAI would refuse acceptable', async () => {
    expect(schemaName('persona.answer v1')).toBe('persona_answer_v1');
    expect(schemaName('')).toBe('answer');
    expect(schemaName('x'.repeat(80))).toHaveLength(64);
    server.enqueue({ content: ANSWER });
    const result = await provider().chat(chatRequest({ schemaName: 'developer.answer/v2' }));
    expect(result.text).toBe(ANSWER);
    const format = (
      server.chatRequests[0]?.body as { response_format: { json_schema: { name: string } } }
    ).response_format;
    expect(format.json_schema.name).toBe('developer_answer_v2');
  });

  it('counts zero tokens when a compatible server sends no usage, rather than failing', async () => {
    server.enqueue({ content: ANSWER, omitUsage: true });
    const result = await provider().chat(chatRequest());
    expect(result.usage).toEqual({ inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 });
  });
});

describe('createOpenAiProvider: HTTP errors', () => {
  it('maps 429 to rate-limited, retryable, with Retry-After in seconds', async () => {
    server.enqueue(
      openAiError(429, 'Rate limit reached for gpt-4.1-mini on requests per min (RPM): Limit 3.', {
        type: 'requests',
        code: 'rate_limit_exceeded',
        headers: { 'retry-after': '7' },
      }),
    );
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('rate-limited');
    expect(error.retryable).toBe(true);
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(7_000);
    // maxRetries: 0 — the client did not retry behind our back.
    expect(server.chatRequests).toHaveLength(1);
  });

  it('prefers retry-after-ms, and reads an HTTP-date Retry-After', async () => {
    server.enqueue(
      openAiError(429, 'slow down', { headers: { 'retry-after-ms': '1500', 'retry-after': '9' } }),
    );
    const first = await failure(provider().chat(chatRequest()));
    expect(first.retryAfterMs).toBe(1_500);

    const at = new Date(Date.now() + 30_000).toUTCString();
    server.enqueue(openAiError(429, 'slow down', { headers: { 'retry-after': at } }));
    const second = await failure(provider().chat(chatRequest()));
    expect(second.retryAfterMs).toBeGreaterThan(25_000);
    expect(second.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('maps 429 insufficient_quota to rate-limited but not retryable', async () => {
    server.enqueue(
      openAiError(
        429,
        'You exceeded your current quota, please check your plan and billing details.',
        {
          type: 'insufficient_quota',
          code: 'insufficient_quota',
        },
      ),
    );
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('rate-limited');
    expect(error.retryable).toBe(false);
  });

  it.each([
    [500, 'server', 'The server had an error while processing your request. Sorry about that!'],
    [502, 'server', 'Bad gateway.'],
    [503, 'overloaded', 'The engine is currently overloaded, please try again later.'],
    [408, 'server', 'Request timed out.'],
    [409, 'server', 'The request conflicts with another.'],
  ] as const)('maps %i to %s, retryable', async (status, errorClass, message) => {
    server.enqueue(openAiError(status, message));
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe(errorClass);
    expect(error.retryable).toBe(true);
    expect(error.status).toBe(status);
    expect(error.message).toContain(message);
    expect(server.chatRequests).toHaveLength(1);
  });

  it('keeps a Retry-After sent with a 503', async () => {
    server.enqueue(openAiError(503, 'overloaded', { headers: { 'retry-after': '2' } }));
    const error = await failure(provider().chat(chatRequest()));
    expect(error.retryAfterMs).toBe(2_000);
  });

  it('obeys x-should-retry: false', async () => {
    server.enqueue(openAiError(500, 'do not bother', { headers: { 'x-should-retry': 'false' } }));
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('server');
    expect(error.retryable).toBe(false);
  });

  it('maps a wrong key (401) to auth, not retryable, with a hint naming the env var and no key', async () => {
    const wrongKey = 'sk-wrong-0123456789abcdef';
    const error = await failure(
      provider({ apiKey: wrongKey, apiKeyEnv: 'GITHUB_TOKEN' }).chat(chatRequest()),
    );
    expect(error.errorClass).toBe('auth');
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(401);
    expect(error.hint).toContain('GITHUB_TOKEN');
    expect(`${error.message} ${error.hint ?? ''}`).not.toContain(wrongKey);
    expect(server.chatRequests[0]?.authorization).toBe(`Bearer ${wrongKey}`);
  });

  it('never puts the key in an error, even when the server echoes it back', async () => {
    server.enqueue(
      openAiError(403, `Key ${KEY} is not allowed to use ${MODEL}`, { code: 'forbidden' }),
    );
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('auth');
    expect(error.message).not.toContain(KEY);
    expect(error.message).toContain('[redacted]');
    expect(JSON.stringify({ ...error, message: error.message, hint: error.hint })).not.toContain(
      KEY,
    );
    expect(error.cause).toBeUndefined();
  });

  it('maps a missing model (404 model_not_found) to not-found, not retryable', async () => {
    const error = await failure(provider({ model: 'gpt-9-ultra' }).chat(chatRequest()));
    expect(error.errorClass).toBe('not-found');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('does not exist');
    expect(error.message).toContain('model_not_found');
    expect(error.hint).toContain('gpt-9-ultra');
  });

  it.each([400, 422])('maps %i to bad-request, not retryable', async (status) => {
    server.enqueue(
      openAiError(status, "Invalid 'temperature': unsupported value.", { param: 'temperature' }),
    );
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('bad-request');
    expect(error.retryable).toBe(false);
  });

  it('maps a real schema rejection (strict mode) to bad-request', async () => {
    const loose = { type: 'object', properties: { summary: { type: 'string' } } };
    const error = await failure(provider().chat(chatRequest({ schema: loose })));
    expect(error.errorClass).toBe('bad-request');
    expect(error.message).toContain(
      "'additionalProperties' is required to be supplied and to be false",
    );
  });

  it('reports an empty key as auth without calling the server', async () => {
    const error = await failure(provider({ apiKey: '', apiKeyEnv: 'MY_KEY' }).chat(chatRequest()));
    expect(error.errorClass).toBe('auth');
    expect(error.hint).toContain('MY_KEY');
    expect(server.requests).toHaveLength(0);
  });
});

describe('createOpenAiProvider: stream and connection faults', () => {
  it('maps malformed JSON in the stream to server, retryable', async () => {
    server.enqueue({
      content: ANSWER,
      malformedChunk: { beforeChunk: 1, data: '{"id": "chatcmpl-1", "choices": [' },
    });
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('server');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('malformed');
  });

  it('maps a prompt the content filter refused (400, code content_filter) to content-filtered, not retryable', async () => {
    server.enqueue({
      status: 400,
      error: {
        message:
          "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
        type: 'invalid_request_error',
        param: 'prompt',
        code: 'content_filter',
      },
    });
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('content-filtered');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain(
      'content filter refused the prompt (400: The response was filtered',
    );
  });

  it('maps an answer the content filter stopped to content-filtered, not retryable, never the partial text as an answer', async () => {
    server.enqueue({ content: '{"summary": "Half an', finishReason: 'content_filter' });
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('content-filtered');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('content filter withheld the answer part-way');
    expect(error.raw).toBe('{"summary": "Half an');
  });

  it('maps a refusal to invalid-answer, not retryable, keeping the refusal as raw', async () => {
    server.enqueue({ refusal: "I'm sorry, I can't help with that." });
    const error = await failure(provider().chat(chatRequest()));
    expect(error.errorClass).toBe('invalid-answer');
    expect(error.retryable).toBe(false);
    expect(error.raw).toBe("I'm sorry, I can't help with that.");
  });
});

describe('createOpenAiProvider: timeouts and cancellation', () => {
  const margin = 1_000;

  it('times out at connectMs when no response headers come', async () => {
    server.enqueue({ content: ANSWER, headersDelayMs: 20_000 });
    const timeouts = { connectMs: 400, firstTokenMs: 5_000, totalMs: 10_000 };
    const { value: error, ms } = await timed(() =>
      failure(provider().chat(chatRequest({ timeouts }))),
    );
    expect(error.errorClass).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('connect timeout');
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(400 + margin);
  });

  it('times out at firstTokenMs when the stream opens (role chunk) but no content comes', async () => {
    server.enqueue({ content: ANSWER, firstChunkDelayMs: 20_000 });
    // Only the phase under test is short: the others are generous, so headers or a first token
    // late on a loaded machine cannot end the call before it.
    const timeouts = { connectMs: 5_000, firstTokenMs: 600, totalMs: 10_000 };
    const { value: error, ms } = await timed(() =>
      failure(provider().chat(chatRequest({ timeouts }))),
    );
    expect(error.errorClass).toBe('timeout');
    expect(error.message).toContain('first-token timeout');
    expect(ms).toBeGreaterThanOrEqual(550);
    expect(ms).toBeLessThan(600 + margin);
  });

  it('times out mid-stream at totalMs even though tokens keep coming', async () => {
    server.enqueue({ content: 'y'.repeat(200), chunkSize: 1, chunkDelayMs: 50 });
    // Only the phase under test is short: the others are generous, so headers or a first token
    // late on a loaded machine cannot end the call before it.
    const timeouts = { connectMs: 5_000, firstTokenMs: 5_000, totalMs: 800 };
    const seen: number[] = [];
    const { value: error, ms } = await timed(() =>
      failure(provider().chat(chatRequest({ timeouts, onProgress: (n) => seen.push(n) }))),
    );
    expect(error.errorClass).toBe('timeout');
    expect(error.message).toContain('total timeout');
    expect(seen.length).toBeGreaterThan(2);
    expect(ms).toBeGreaterThanOrEqual(750);
    expect(ms).toBeLessThan(800 + margin);
  });

  it('maps the caller aborting before the headers to cancelled', async () => {
    server.enqueue({ content: ANSWER, headersDelayMs: 20_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const error = await failure(provider().chat(chatRequest({ signal: controller.signal })));
    expect(error.errorClass).toBe('cancelled');
  });
});
