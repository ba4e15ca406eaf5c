/** The ModelProvider contract run against the Ollama, OpenAI-compatible and scripted providers. */
import { afterAll, beforeAll } from 'vitest';
import { createOllamaProvider } from '../../src/models/ollama-provider.js';
import { createOpenAiProvider } from '../../src/models/openai-provider.js';
import { createScriptedProvider, type ScriptFile } from '../../src/models/scripted-provider.js';
import { describeProviderContract } from '../support/provider-contract.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { openAiError, startOpenAiServer, type OpenAiTestServer } from '../support/openai-server.js';

const KEY = 'sk-contract-0123456789abcdef';
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
  provider: () =>
    createOllamaProvider({ modelId: 'local', model: 'llama3.1:8b', host: ollama.url }),
  answer: (text) => ollama.enqueue({ content: text }),
  fail: () => ollama.enqueue({ status: 500, error: 'llama runner process has terminated' }),
  requests: () => ollama.chatRequests.length,
}));

describeProviderContract('openai-compatible', 'openai', () => ({
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
  requests: () => openai.chatRequests.length,
}));

describeProviderContract('scripted', 'scripted', () => {
  const script: ScriptFile = { answers: {} };
  let provider = createScriptedProvider({ modelId: 'scripted', script });
  return {
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
