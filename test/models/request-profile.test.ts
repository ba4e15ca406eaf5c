/**
 * Requests the real services accept: request profiles per model, the output cap on every call
 * (the same number the budget guard prices), truncation, Ollama's window and grammar-safe
 * format, Retry-After from Ollama, and answers capped while streaming. Against the strict test
 * servers, whose rules name their published sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ModelConfig } from '../../src/config/config-schema.js';
import { parseConfig, loadConfig } from '../../src/config/load-config.js';
import {
  isReasoningModel,
  requestProfile,
  DEFAULT_MAX_OUTPUT_TOKENS,
  DEFAULT_OLLAMA_MAX_OUTPUT_TOKENS,
} from '../../src/config/request-profile.js';
import { personaAnswerJsonSchema } from '../../src/core/persona-answer.js';
import { InputError, ModelError } from '../../src/core/errors.js';
import { worstCaseCost } from '../../src/models/budget-guard.js';
import { createProvider } from '../../src/models/create-provider.js';
import { ModelGateway, repairExcerpt, type CallRecord } from '../../src/models/model-gateway.js';
import type { ChatRequest } from '../../src/models/model-provider.js';
import { createOllamaProvider, ollamaWindow } from '../../src/models/ollama-provider.js';
import { createOpenAiProvider } from '../../src/models/openai-provider.js';
import { grammarSchema } from '../../src/models/ollama-format.js';
import { answerJson } from '../support/fake-provider.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { openAiError, startOpenAiServer, type OpenAiTestServer } from '../support/openai-server.js';

const KEY = 'sk-test-profile-0123456789abcdef';
let openai: OpenAiTestServer;
let ollama: OllamaTestServer;

beforeAll(async () => {
  [openai, ollama] = await Promise.all([
    startOpenAiServer({ apiKey: KEY, models: ['gpt-5', 'o4-mini', 'gpt-4.1', 'openai/gpt-5'] }),
    startOllamaServer({ models: ['llama3.1:8b'] }),
  ]);
});
afterAll(async () => {
  await Promise.all([openai.close(), ollama.close()]);
});

function chatRequest(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    messages: [
      { role: 'system', content: 'You are the editor persona.' },
      { role: 'user', content: 'Tighten the blog post.' },
    ],
    schema: personaAnswerJsonSchema(),
    schemaName: 'persona_answer',
    timeouts: { connectMs: 2_000, firstTokenMs: 5_000, totalMs: 10_000 },
    persona: 'editor',
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

/** The shipped config with this edit to its text. */
const shipped = (edit: (yaml: string) => string) =>
  parseConfig(edit(readFileSync('defaults/aios.yml', 'utf8')), 'aios.yml');

const lastBody = (server: { chatRequests: readonly { body: unknown }[] }) =>
  server.chatRequests.at(-1)?.body as Record<string, unknown>;

describe('request profiles', () => {
  it('knows reasoning models by name, publisher prefixes included', () => {
    for (const m of ['gpt-5', 'gpt-5-mini', 'gpt-5.1', 'openai/gpt-5', 'o1', 'o3-mini', 'o4-mini'])
      expect(isReasoningModel(m), m).toBe(true);
    for (const m of ['gpt-4.1', 'openai/gpt-4.1', 'gpt-4o-mini', 'gpt-5-chat-latest', 'llama3.1'])
      expect(isReasoningModel(m), m).toBe(false);
  });

  it('ships defaults the real APIs accept: no temperature for reasoning models, a cap everywhere', async () => {
    const { config } = await loadConfig();
    const premium = requestProfile(config.models['premium-gpt']!);
    expect(premium.temperature).toBeUndefined();
    expect(premium.maxOutputTokens).toBe(DEFAULT_MAX_OUTPUT_TOKENS);
    expect(requestProfile(config.models['copilot-gpt']!).temperature).toBe(0);
    const local = requestProfile(config.models['local-llama']!);
    expect(local).toMatchObject({
      temperature: 0,
      maxOutputTokens: DEFAULT_OLLAMA_MAX_OUTPUT_TOKENS,
    });
  });

  it('refuses at config load a temperature a reasoning model would reject, naming the field', () => {
    let error: unknown;
    try {
      shipped((y) =>
        y.replace('    model: gpt-5\n', '    model: gpt-5\n    request: { temperature: 0.2 }\n'),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as Error).message) + JSON.stringify(error)).toMatch(
      /models\.premium-gpt\.request\.temperature/,
    );
  });

  it('the test server refuses temperature and max_tokens for reasoning models as OpenAI does', async () => {
    const post = (body: Record<string, unknown>) =>
      fetch(`${openai.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }], ...body }),
      });
    const t = await post({ model: 'gpt-5', temperature: 0 });
    expect(t.status).toBe(400);
    expect(await t.json()).toMatchObject({
      error: { param: 'temperature', code: 'unsupported_value' },
    });
    const m = await post({ model: 'o4-mini', max_tokens: 100 });
    expect(m.status).toBe(400);
    expect(await m.json()).toMatchObject({
      error: { param: 'max_tokens', code: 'unsupported_parameter' },
    });
  });

  it('sends gpt-5 no temperature and max_completion_tokens, and the strict server answers', async () => {
    openai.enqueue({ content: answerJson() });
    const provider = await createProvider(
      'premium-gpt',
      ModelConfig.parse({
        provider: 'openai',
        model: 'gpt-5',
        baseUrl: openai.baseUrl,
        apiKeyEnv: 'K',
      }),
      { env: { K: KEY } },
    );
    const result = await provider.chat(chatRequest());
    expect(result.text).toBe(answerJson());
    const body = lastBody(openai);
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('max_tokens');
    expect(body['max_completion_tokens']).toBe(DEFAULT_MAX_OUTPUT_TOKENS);
    expect(provider.maxOutputTokens).toBe(DEFAULT_MAX_OUTPUT_TOKENS);
  });

  it('turns a 400 on an unsupported parameter into a configuration error naming model and field', async () => {
    const provider = createOpenAiProvider({
      modelId: 'premium-gpt',
      model: 'gpt-5',
      baseUrl: openai.baseUrl,
      apiKey: KEY,
      // A profile that bypassed config validation (as an older config or a new model would).
      profile: {
        temperature: 0,
        maxOutputTokens: 100,
        reasoningEffort: undefined,
        contextWindow: undefined,
      },
    });
    const error = await failure(provider.chat(chatRequest()));
    expect(error.errorClass).toBe('unsupported-parameter');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('configuration error');
    expect(error.message).toContain('models.premium-gpt.request.temperature');
    expect(error.message).toContain('gpt-5');
  });

  it('sends the cap as max_tokens to an older compatible server, and names the field when one refuses max_completion_tokens', async () => {
    // A compatible server that knows only max_tokens (as older ones answer).
    openai.enqueue(
      openAiError(400, 'Unrecognized request argument supplied: max_completion_tokens', {
        param: 'max_completion_tokens',
        code: 'unsupported_parameter',
      }),
    );
    const strictOld = createOpenAiProvider({
      modelId: 'old-server',
      model: 'gpt-4.1',
      baseUrl: openai.baseUrl,
      apiKey: KEY,
    });
    const error = await failure(strictOld.chat(chatRequest()));
    expect(error.errorClass).toBe('unsupported-parameter');
    expect(error.message).toContain('models.old-server.request.outputCapField');

    openai.enqueue({ content: answerJson() });
    await createOpenAiProvider({
      modelId: 'old-server',
      model: 'gpt-4.1',
      baseUrl: openai.baseUrl,
      apiKey: KEY,
      profile: requestProfile({
        provider: 'openai',
        model: 'gpt-4.1',
        request: { outputCapField: 'max_tokens', maxOutputTokens: 500 },
      }),
    }).chat(chatRequest());
    expect(lastBody(openai)['max_tokens']).toBe(500);
    expect(lastBody(openai)).not.toHaveProperty('max_completion_tokens');
  });

  it('refuses max_tokens for a reasoning model at config load', () => {
    expect(() =>
      shipped((y) =>
        y.replace(
          '    model: gpt-5\n',
          '    model: gpt-5\n    request: { outputCapField: max_tokens }\n',
        ),
      ),
    ).toThrow(/outputCapField/);
  });

  it('sends reasoning_effort when the profile sets it', async () => {
    openai.enqueue({ content: answerJson() });
    const provider = createOpenAiProvider({
      modelId: 'premium-gpt',
      model: 'o4-mini',
      baseUrl: openai.baseUrl,
      apiKey: KEY,
      profile: requestProfile({
        provider: 'openai',
        model: 'o4-mini',
        request: { reasoningEffort: 'low' },
      }),
    });
    await provider.chat(chatRequest());
    expect(lastBody(openai)['reasoning_effort']).toBe('low');
  });
});

describe('the output cap', () => {
  it('is what the budget guard prices: the estimate and max_completion_tokens agree', async () => {
    const model = ModelConfig.parse({
      provider: 'openai',
      model: 'gpt-5',
      baseUrl: openai.baseUrl,
      apiKeyEnv: 'K',
      price: { input: 1.25, output: 10 },
      request: { maxOutputTokens: 3000 },
    });
    const provider = await createProvider('premium-gpt', model, { env: { K: KEY } });
    openai.enqueue({ content: answerJson() });
    await provider.chat(chatRequest());
    const estimate = worstCaseCost('premium-gpt', model, 300, { totalMs: 1 });
    expect(estimate.usage.outputTokens).toBe(3000);
    expect(lastBody(openai)['max_completion_tokens']).toBe(estimate.usage.outputTokens);
    expect(estimate.micros).toBe(125 + 30_000);
  });

  it('records an answer cut at the cap as truncated and repairs it like a broken answer', async () => {
    const provider = createOpenAiProvider({
      modelId: 'flat',
      model: 'gpt-4.1',
      baseUrl: openai.baseUrl,
      apiKey: KEY,
      profile: requestProfile({
        provider: 'openai',
        model: 'gpt-4.1',
        request: { maxOutputTokens: 10 },
      }),
    });
    // The first answer runs past the cap (the server stops at 10 tokens, finish_reason length);
    // the repair answer fits.
    openai.enqueue({ content: answerJson(), chunkSize: 4 }, { content: '{}', completionTokens: 5 });
    const calls: CallRecord[] = [];
    const gateway = new ModelGateway({
      providers: new Map([['flat', provider]]),
      onCall: async (c) => void calls.push(c),
      sleep: async () => undefined,
    });
    await expect(
      gateway.answer({
        messages: chatRequest().messages,
        persona: 'editor',
        attempt: 1,
        models: ['flat'],
        timeouts: chatRequest().timeouts,
      }),
    ).rejects.toMatchObject({ errorClass: 'invalid-answer' });
    expect(calls.map((c) => [c.purpose, c.outcome, c.errorClass])).toEqual([
      ['work', 'invalid-answer', 'truncated'],
      ['repair', 'invalid-answer', 'invalid-answer'],
    ]);
    expect(calls[0]?.error).toMatch(/cut off at the output cap of 10 tokens/);
    expect(calls[0]?.usage.outputTokens).toBe(10);
    const repair = openai.chatRequests.at(-1)?.body as { messages: { content: string }[] };
    expect(repair.messages.at(-1)?.content).toMatch(/cut off/);
  });

  it('Ollama: num_predict on every call, done_reason length recorded as truncated', async () => {
    const provider = createOllamaProvider({
      modelId: 'local',
      model: 'llama3.1:8b',
      host: ollama.url,
      profile: requestProfile({
        provider: 'ollama',
        model: 'llama3.1:8b',
        request: { maxOutputTokens: 5 },
      }),
    });
    ollama.enqueue({ content: answerJson(), chunkSize: 4 });
    const result = await provider.chat(chatRequest());
    expect(result.truncated).toBe(true);
    expect(result.usage.outputTokens).toBe(5);
    expect((lastBody(ollama)['options'] as Record<string, unknown>)['num_predict']).toBe(5);
  });
});

describe('Ollama: window, format, Retry-After', () => {
  const local = (request: Record<string, number> = {}) =>
    createOllamaProvider({
      modelId: 'local-llama',
      model: 'llama3.1:8b',
      host: ollama.url,
      profile: requestProfile({ provider: 'ollama', model: 'llama3.1:8b', request }),
    });

  it('sends num_ctx from the context budget plus the output cap, so nothing is cut', async () => {
    const big = 'x'.repeat(40_000); // about 10k tokens, within a 12k context budget
    ollama.enqueue({ content: answerJson() });
    const before = ollama.truncatedPrompts.length;
    await local().chat(
      chatRequest({ messages: [{ role: 'user', content: big }], contextTokens: 12_000 }),
    );
    const options = lastBody(ollama)['options'] as Record<string, number>;
    expect(options['num_ctx']).toBe(
      ollamaWindow({ contextWindow: undefined, maxOutputTokens: 8192 }, 12_000, 0),
    );
    expect(options['num_ctx']).toBeGreaterThanOrEqual(12_000 + 8192);
    expect(ollama.truncatedPrompts.length).toBe(before);
  });

  it('refuses a prompt larger than the window before the call, naming the setting', async () => {
    const before = ollama.chatRequests.length;
    const error = await failure(
      local({ contextWindow: 2048 }).chat(
        chatRequest({ messages: [{ role: 'user', content: 'y'.repeat(30_000) }] }),
      ),
    );
    expect(error.errorClass).toBe('context-overflow');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/do not fit the window of 2048 tokens/);
    expect(error.hint).toContain('models.local-llama.request.contextWindow');
    expect(ollama.chatRequests.length).toBe(before);
  });

  it('sends a grammar-safe format (no large bounds) that the strict server accepts', async () => {
    const full = personaAnswerJsonSchema();
    expect(JSON.stringify(full)).toMatch(/maxLength/);
    // The full schema is what grammar conversion refuses.
    const refused = await fetch(`${ollama.url}/api/chat`, {
      method: 'POST',
      body: JSON.stringify({
        model: 'llama3.1:8b',
        messages: [{ role: 'user', content: 'hi' }],
        format: full,
      }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/failed to parse grammar/);

    ollama.enqueue({ content: answerJson() });
    await local().chat(chatRequest());
    const format = lastBody(ollama)['format'];
    expect(format).toEqual(grammarSchema(full));
    expect(JSON.stringify(format)).not.toMatch(/maxLength|maxItems|minLength|pattern/);
    expect(JSON.stringify(format)).toMatch(/"enum"/);
    expect(JSON.stringify(format)).toMatch(/"required"/);
  });

  it('honours Retry-After on a 503 from Ollama', async () => {
    ollama.enqueue({
      status: 503,
      error: 'server busy, please try again.  maximum pending requests exceeded',
      headers: { 'retry-after': '3' },
    });
    const error = await failure(local().chat(chatRequest()));
    expect(error.errorClass).toBe('overloaded');
    expect(error.retryAfterMs).toBe(3000);
  });

  it('sends keep_alive from the config', async () => {
    ollama.enqueue({ content: answerJson() });
    await createOllamaProvider({
      modelId: 'l',
      model: 'llama3.1:8b',
      host: ollama.url,
      keepAlive: '10m',
    }).chat(chatRequest());
    expect(lastBody(ollama)['keep_alive']).toBe('10m');
  });
});

describe('answers capped while streaming', () => {
  it('OpenAI: stops a runaway stream at the size cap with a named error', async () => {
    const provider = createOpenAiProvider({
      modelId: 'flat',
      model: 'gpt-4.1',
      baseUrl: openai.baseUrl,
      apiKey: KEY,
      profile: requestProfile({
        provider: 'openai',
        model: 'gpt-4.1',
        request: { maxOutputTokens: 1000 },
      }),
    });
    // 2 MB in 2,000-character chunks, reported as fitting the cap: the size check stops it.
    openai.enqueue({ content: 'z'.repeat(2_000_000), chunkSize: 2_000, completionTokens: 900 });
    const error = await failure(provider.chat(chatRequest()));
    expect(error.errorClass).toBe('too-large');
    expect(error.message).toMatch(/size cap of 65,536 characters/);
  });

  it('Ollama: one enormous line is stopped by the body byte cap', async () => {
    ollama.enqueue({ chunks: ['w'.repeat(6_000_000)], evalTokens: 1 });
    const error = await failure(
      createOllamaProvider({
        modelId: 'l',
        model: 'llama3.1:8b',
        host: ollama.url,
        profile: requestProfile({
          provider: 'ollama',
          model: 'llama3.1:8b',
          request: { maxOutputTokens: 1000 },
        }),
      }).chat(chatRequest()),
    );
    expect(error.errorClass).toBe('too-large');
    expect(error.message).toMatch(/bytes of response/);
  });

  it('the repair call sends a bounded excerpt, not the whole answer again', () => {
    const raw = 'a'.repeat(50_000) + 'END';
    const excerpt = repairExcerpt(raw);
    expect(excerpt.length).toBeLessThan(4_200);
    expect(excerpt.startsWith('aaa')).toBe(true);
    expect(excerpt.endsWith('END')).toBe(true);
    expect(excerpt).toMatch(/46003 characters left out/);
  });
});
