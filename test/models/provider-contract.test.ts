/**
 * The ModelProvider contract run against the Ollama, OpenAI-compatible and scripted providers
 * (what used to be copied into each provider's own tests: identity, progress, cancellation,
 * and the wire faults both HTTP adapters must map the same way).
 */
import { afterAll, beforeAll } from 'vitest';
import { createOllamaProvider } from '../../src/models/ollama-provider.js';
import { createOpenAiProvider } from '../../src/models/openai-provider.js';
import { createScriptedProvider, type ScriptFile } from '../../src/models/scripted-provider.js';
import { describeProviderContract } from '../support/provider-contract.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { openAiError, startOpenAiServer, type OpenAiTestServer } from '../support/openai-server.js';

const KEY = 'sk-contract-0123456789abcdef';
const LONG = '{"ok": true, "note": "a long answer, streamed in small pieces"}';
let ollama: OllamaTestServer;
let openai: OpenAiTestServer;
beforeAll(async () => {
  [ollama, openai] = await Promise.all([
    startOllamaServer({ models: ['llama3.1:8b'] }),
    startOpenAiServer({ apiKey: KEY, models: ['gpt-4.1-mini'] }),
  ]);
});
afterAll(async () => {
  await Promise.all([ollama.close(), openai.close()]);
});

describeProviderContract('ollama', 'ollama', () => ({
  identity: { modelId: 'local', model: 'llama3.1:8b' },
  provider: () =>
    createOllamaProvider({ modelId: 'local', model: 'llama3.1:8b', host: ollama.url }),
  answer: (text) => ollama.enqueue({ content: text }),
  fail: () => ollama.enqueue({ status: 500, error: 'llama runner process has terminated' }),
  requests: () => ollama.chatRequests.length,
  wire: {
    cutMidAnswer: () => ollama.enqueue({ content: LONG, cutAfterChunks: 3 }),
    endEarly: () => ollama.enqueue({ content: LONG, endAfterChunks: 2 }),
    endEarlyMessage: 'ended before Ollama said it was done',
    streamError: (message) =>
      ollama.enqueue({ content: LONG, streamErrorAfterChunks: 2, streamError: message }),
    slow: () => ollama.enqueue({ content: LONG, chunkSize: 1, chunkDelayMs: 100 }),
    deadProvider: async () => {
      const gone = await startOllamaServer();
      await gone.close();
      return {
        url: gone.url,
        provider: createOllamaProvider({ modelId: 'local', model: 'llama3.1:8b', host: gone.url }),
      };
    },
  },
}));

describeProviderContract('openai-compatible', 'openai', () => ({
  identity: { modelId: 'mini', model: 'gpt-4.1-mini' },
  provider: () =>
    createOpenAiProvider({
      modelId: 'mini',
      model: 'gpt-4.1-mini',
      baseUrl: openai.baseUrl,
      apiKey: KEY,
    }),
  answer: (text) => openai.enqueue({ content: text }),
  fail: () =>
    openai.enqueue(openAiError(500, 'The server had an error while processing your request.')),
  requests: () => openai.requests.length,
  wire: {
    cutMidAnswer: () => openai.enqueue({ content: LONG, cutAfterChunks: 3 }),
    endEarly: () => openai.enqueue({ content: LONG, endAfterChunks: 3 }),
    endEarlyMessage: 'finish_reason',
    streamError: (message) =>
      openai.enqueue({
        content: LONG,
        streamErrorAfterChunks: 2,
        streamError: { message, type: 'server_error' },
      }),
    slow: () => openai.enqueue({ content: LONG, chunkSize: 1, chunkDelayMs: 100 }),
    deadProvider: async () => {
      const gone = await startOpenAiServer();
      await gone.close();
      return {
        url: gone.baseUrl,
        provider: createOpenAiProvider({
          modelId: 'mini',
          model: 'gpt-4.1-mini',
          baseUrl: gone.baseUrl,
          apiKey: KEY,
        }),
      };
    },
  },
}));

describeProviderContract('scripted', 'scripted', () => {
  const script: ScriptFile = { answers: {} };
  let provider = createScriptedProvider({ modelId: 'scripted', script });
  return {
    identity: { modelId: 'scripted', model: 'scripted' },
    provider: () => provider,
    answer: (text) => {
      script.answers['contract'] = [{ raw: text }];
      provider = createScriptedProvider({ modelId: 'scripted', script });
    },
    fail: () => {
      delete script.answers['contract'];
    },
    requests: () => 0,
  };
});
