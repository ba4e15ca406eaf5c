/**
 * Recorded exchanges: each provider against the published example responses, replayed byte for
 * byte by a plain HTTP server (not the test servers), and the request checked against the
 * documented request shape.
 * - Ollama: docs/api.md, "Generate a chat completion" → "Chat Request (Streaming)": the
 *   streamed message objects and the final `done: true` object with its counts.
 * - OpenAI: the API reference, "Create chat completion" → streaming example (chunk objects,
 *   `finish_reason: "stop"`), with the usage chunk `stream_options.include_usage` adds
 *   (`choices: []`, then `data: [DONE]`).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOllamaProvider } from '../../src/models/ollama-provider.js';
import { createOpenAiProvider } from '../../src/models/openai-provider.js';
import { contractRequest } from '../support/provider-contract.js';

/** Ollama docs/api.md, Chat Request (Streaming), response: message objects, then the summary. */
const OLLAMA_RECORDING = [
  '{"model":"llama3.2","created_at":"2023-08-04T08:52:19.385406455-07:00","message":{"role":"assistant","content":"{\\"ok\\"","images":null},"done":false}',
  '{"model":"llama3.2","created_at":"2023-08-04T08:52:19.385406455-07:00","message":{"role":"assistant","content":": true}","images":null},"done":false}',
  '{"model":"llama3.2","created_at":"2023-08-04T19:22:45.499127Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":4883583458,"load_duration":1334875,"prompt_eval_count":26,"prompt_eval_duration":342546000,"eval_count":282,"eval_duration":4535599000}',
]
  .map((l) => `${l}\n`)
  .join('');

/** OpenAI API reference, Create chat completion, Streaming example, plus the usage chunk. */
const OPENAI_RECORDING = [
  '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini", "system_fingerprint": "fp_44709d6fcb", "choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}',
  '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini", "system_fingerprint": "fp_44709d6fcb", "choices":[{"index":0,"delta":{"content":"{\\"ok\\""},"logprobs":null,"finish_reason":null}]}',
  '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini", "system_fingerprint": "fp_44709d6fcb", "choices":[{"index":0,"delta":{"content":": true}"},"logprobs":null,"finish_reason":null}]}',
  '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini", "system_fingerprint": "fp_44709d6fcb", "choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]}',
  '{"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini", "system_fingerprint": "fp_44709d6fcb", "choices":[],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}',
  '[DONE]',
]
  .map((l) => `data: ${l}\n\n`)
  .join('');

let server: http.Server | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server?.closeAllConnections();
  server = undefined;
});

/** Replays one recording to every POST, keeping the request bodies. */
async function replay(
  contentType: string,
  body: string,
): Promise<{ url: string; bodies: Record<string, unknown>[] }> {
  const bodies: Record<string, unknown>[] = [];
  server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      bodies.push(JSON.parse(text) as Record<string, unknown>);
      res.writeHead(200, { 'content-type': contentType });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies };
}

describe('recorded exchanges from the published examples', () => {
  it('Ollama: parses the documented stream, and sends the documented request fields', async () => {
    const { url, bodies } = await replay('application/x-ndjson', OLLAMA_RECORDING);
    const result = await createOllamaProvider({
      modelId: 'local',
      model: 'llama3.2',
      host: url,
      keepAlive: '10m',
    }).chat(contractRequest());
    expect(result).toMatchObject({
      text: '{"ok": true}',
      model: 'llama3.2',
      usage: { inputTokens: 26, outputTokens: 282, cachedInputTokens: 0 },
      truncated: false,
    });
    const sent = bodies[0]!;
    expect(Object.keys(sent).sort()).toEqual(
      ['format', 'keep_alive', 'messages', 'model', 'options', 'stream'].sort(),
    );
    expect(sent).toMatchObject({ model: 'llama3.2', stream: true, keep_alive: '10m' });
    expect(Object.keys(sent['options'] as object).sort()).toEqual(
      ['num_ctx', 'num_predict', 'temperature'].sort(),
    );
  });

  it('OpenAI: parses the documented stream with its usage chunk, and sends the documented fields', async () => {
    const { url, bodies } = await replay('text/event-stream', OPENAI_RECORDING);
    const result = await createOpenAiProvider({
      modelId: 'mini',
      model: 'gpt-4o-mini',
      baseUrl: `${url}/v1`,
      apiKey: 'sk-recorded-0123456789',
    }).chat(contractRequest());
    expect(result).toMatchObject({
      text: '{"ok": true}',
      model: 'gpt-4o-mini',
      usage: { inputTokens: 9, outputTokens: 12, cachedInputTokens: 0 },
      truncated: false,
    });
    const sent = bodies[0]!;
    expect(sent).toMatchObject({
      model: 'gpt-4o-mini',
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0,
      max_completion_tokens: 16_384,
      response_format: { type: 'json_schema', json_schema: { name: 'contract', strict: true } },
    });
    expect(sent).not.toHaveProperty('max_tokens');
  });
});
