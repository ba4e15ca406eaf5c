/**
 * The fakes in test/support must behave like the servers they stand in for, or the provider tests
 * prove nothing. These check them against the published protocols, with the real clients where
 * the clients have a say.
 */
import { Ollama } from 'ollama';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { startOpenAiServer, type OpenAiTestServer } from '../support/openai-server.js';

let ollama: OllamaTestServer | undefined;
let openai: OpenAiTestServer | undefined;

afterEach(async () => {
  await ollama?.close();
  await openai?.close();
  ollama = undefined;
  openai = undefined;
});

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (await res.json()) as unknown,
  };
}

describe('ollama test server', () => {
  it('rejects what Ollama rejects, with its messages', async () => {
    ollama = await startOllamaServer();
    const chat = `${ollama.url}/api/chat`;
    expect(await post(chat, '')).toMatchObject({
      status: 400,
      json: { error: 'missing request body' },
    });
    expect(await post(chat, JSON.stringify({ messages: [] }))).toMatchObject({
      status: 400,
      json: { error: 'model is required' },
    });
    expect((await post(chat, '{"model": ')).status).toBe(400);
    const missing = await post(chat, JSON.stringify({ model: 'mistral:7b', messages: [] }));
    expect(missing).toMatchObject({
      status: 404,
      json: { error: 'model "mistral:7b" not found, try pulling it first' },
    });
    expect(missing.type).toBe('application/json; charset=utf-8');
    // No messages only loads the model.
    expect(await post(chat, JSON.stringify({ model: 'llama3.1:8b' }))).toMatchObject({
      status: 200,
      json: { done: true, done_reason: 'load' },
    });
  });

  it('streams NDJSON by default and ends with a done chunk carrying the metrics', async () => {
    ollama = await startOllamaServer();
    ollama.enqueue({ content: 'hello world', promptTokens: 11, evalTokens: 3 });
    const res = await fetch(`${ollama.url}/api/chat`, {
      method: 'POST',
      body: JSON.stringify({ model: 'llama3.1:8b', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(
      lines.slice(0, -1).every((l) => l['done'] === false && typeof l['created_at'] === 'string'),
    ).toBe(true);
    expect(
      lines
        .slice(0, -1)
        .map((l) => (l['message'] as { content: string }).content)
        .join(''),
    ).toBe('hello world');
    expect(lines.at(-1)).toMatchObject({
      model: 'llama3.1:8b',
      done: true,
      done_reason: 'stop',
      prompt_eval_count: 11,
      eval_count: 3,
      message: { role: 'assistant', content: '' },
    });
    for (const key of [
      'total_duration',
      'load_duration',
      'prompt_eval_duration',
      'eval_duration',
    ]) {
      expect(typeof lines.at(-1)?.[key]).toBe('number');
    }
  });

  it('serves the real client: non-streaming chat, list, show, version', async () => {
    ollama = await startOllamaServer({
      models: ['llama3.1:8b', 'qwen2.5-coder:7b'],
      version: '0.12.6',
    });
    const client = new Ollama({ host: ollama.url });
    ollama.enqueue({ content: '{"ok":true}', promptTokens: 5, evalTokens: 4 });
    const answer = await client.chat({
      model: 'llama3.1:8b',
      messages: [{ role: 'user', content: 'hi' }],
      stream: false,
    });
    expect(answer.message.content).toBe('{"ok":true}');
    expect(answer.done).toBe(true);
    expect(answer.eval_count).toBe(4);

    expect((await client.list()).models.map((m) => m.name)).toEqual([
      'llama3.1:8b',
      'qwen2.5-coder:7b',
    ]);
    expect((await client.show({ model: 'qwen2.5-coder:7b' })).details.family).toBe('llama');
    await expect(client.show({ model: 'nope' })).rejects.toMatchObject({ status_code: 404 });
    expect(await client.version()).toEqual({ version: '0.12.6' });
    expect(ollama.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/chat',
      'GET /api/tags',
      'POST /api/show',
      'POST /api/show',
      'GET /api/version',
    ]);
  });

  it('closes promptly with a stream still hanging', async () => {
    const server = await startOllamaServer();
    server.enqueue({ content: 'abc', firstChunkDelayMs: 60_000 });
    const res = await fetch(`${server.url}/api/chat`, {
      method: 'POST',
      body: JSON.stringify({ model: 'llama3.1:8b', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(200);
    const start = performance.now();
    await server.close();
    expect(performance.now() - start).toBeLessThan(1_000);
    await expect(res.text()).rejects.toThrow();
  });
});

describe('openai test server', () => {
  it('rejects what OpenAI rejects, with its error shape', async () => {
    openai = await startOpenAiServer({ apiKey: 'sk-right-key-123456' });
    const url = `${openai.baseUrl}/chat/completions`;
    const auth = { authorization: 'Bearer sk-right-key-123456' };

    const noKey = await post(url, JSON.stringify({ model: 'gpt-4.1', messages: [] }));
    expect(noKey.status).toBe(401);
    expect(noKey.json).toMatchObject({
      error: { type: 'invalid_request_error', param: null, code: null },
    });

    const wrongKey = await post(url, '{}', { authorization: 'Bearer sk-wrong-key-987654' });
    expect(wrongKey).toMatchObject({ status: 401, json: { error: { code: 'invalid_api_key' } } });
    expect(JSON.stringify(wrongKey.json)).not.toContain('sk-wrong-key-987654');

    expect(await post(url, 'not json', auth)).toMatchObject({
      status: 400,
      json: { error: { type: 'invalid_request_error' } },
    });
    expect(
      await post(url, JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }), auth),
    ).toMatchObject({
      status: 400,
      json: { error: { message: 'you must provide a model parameter' } },
    });
    expect(await post(url, JSON.stringify({ model: 'gpt-4.1' }), auth)).toMatchObject({
      status: 400,
      json: { error: { param: 'messages', code: 'missing_required_parameter' } },
    });
    const msgs = [{ role: 'user', content: 'hi' }];
    expect(
      await post(
        url,
        JSON.stringify({
          model: 'gpt-4.1',
          messages: msgs,
          stream_options: { include_usage: true },
        }),
        auth,
      ),
    ).toMatchObject({ status: 400, json: { error: { param: 'stream_options' } } });
    const badName = {
      model: 'gpt-4.1',
      messages: msgs,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'a.b', schema: {}, strict: true },
      },
    };
    expect(await post(url, JSON.stringify(badName), auth)).toMatchObject({
      status: 400,
      json: { error: { code: 'invalid_value' } },
    });
    const nested = {
      type: 'object',
      properties: { a: { type: 'object', properties: { b: { type: 'string' } }, required: ['b'] } },
      required: ['a'],
      additionalProperties: false,
    };
    const loose = await post(
      url,
      JSON.stringify({
        ...badName,
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'x', schema: nested, strict: true },
        },
      }),
      auth,
    );
    expect(loose).toMatchObject({ status: 400, json: { error: { code: 'invalid_json_schema' } } });
    expect(JSON.stringify(loose.json)).toContain("In context=('properties', 'a')");

    const wrongPath = await fetch(`${openai.origin}/v2/chat/completions`, {
      method: 'POST',
      body: '{}',
    });
    expect(wrongPath.status).toBe(404);
  });

  it('answers 404 model_not_found for models it does not serve', async () => {
    openai = await startOpenAiServer({ models: ['gpt-4.1'] });
    const res = await post(
      `${openai.baseUrl}/chat/completions`,
      JSON.stringify({ model: 'gpt-5-preview', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(res).toMatchObject({ status: 404, json: { error: { code: 'model_not_found' } } });
  });

  it('serves the real client a chat.completion object (non-streaming)', async () => {
    openai = await startOpenAiServer({ basePath: '/inference' });
    openai.enqueue({
      content: '{"ok":true}',
      promptTokens: 30,
      completionTokens: 5,
      cachedTokens: 16,
    });
    const client = new OpenAI({ apiKey: 'k', baseURL: openai.baseUrl, maxRetries: 0 });
    const completion = await client.chat.completions.create({
      model: 'openai/gpt-4.1',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(completion.object).toBe('chat.completion');
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(typeof completion.created).toBe('number');
    expect(completion.choices[0]).toMatchObject({
      index: 0,
      message: { role: 'assistant', content: '{"ok":true}' },
      finish_reason: 'stop',
    });
    expect(completion.usage).toMatchObject({
      prompt_tokens: 30,
      completion_tokens: 5,
      total_tokens: 35,
      prompt_tokens_details: { cached_tokens: 16 },
    });
    expect(openai.chatRequests[0]?.path).toBe('/inference/chat/completions');
  });

  it('streams chunks, a usage chunk with empty choices when asked, then [DONE]', async () => {
    openai = await startOpenAiServer();
    openai.enqueue({ content: 'abcdefgh', chunkSize: 4, promptTokens: 9, completionTokens: 2 });
    const res = await fetch(`${openai.baseUrl}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({
        model: 'gpt-4.1',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
        stream_options: { include_usage: true },
      }),
    });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = (await res.text()).split('\n\n').filter((e) => e !== '');
    expect(events.every((e) => e.startsWith('data: '))).toBe(true);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events
      .slice(0, -1)
      .map((e) => JSON.parse(e.slice(6)) as Record<string, unknown>);
    expect(chunks.every((c) => c['object'] === 'chat.completion.chunk')).toBe(true);
    expect(chunks[0]).toMatchObject({
      choices: [{ delta: { role: 'assistant', content: '' } }],
      usage: null,
    });
    expect(chunks.at(-2)).toMatchObject({
      choices: [{ delta: {}, finish_reason: 'stop' }],
      usage: null,
    });
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 9, completion_tokens: 2 },
    });
  });
});
