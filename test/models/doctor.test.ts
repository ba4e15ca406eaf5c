/**
 * `aios doctor` against the strict test servers: key present, endpoint answers, Ollama model
 * pulled with the configured digest, window and output cap, and a one-token structured call.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { runDoctor, formatReport } from '../../src/models/doctor.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { startOpenAiServer, type OpenAiTestServer } from '../support/openai-server.js';
import { runBin } from '../support/run-bin.js';
import { tempDir } from '../support/temp-repo.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const KEY = 'sk-doctor-0123456789abcdef';
const DIGEST = 'a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72';
const OTHER = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
let ollama: OllamaTestServer;
let openai: OpenAiTestServer;

beforeAll(async () => {
  [ollama, openai] = await Promise.all([
    startOllamaServer({ models: ['llama3.1:8b'], digest: DIGEST }),
    startOpenAiServer({ apiKey: KEY, basePath: '/inference', models: ['openai/gpt-4.1', 'gpt-5'] }),
  ]);
});
afterAll(async () => {
  await Promise.all([ollama.close(), openai.close()]);
});

function configText(digest: string): string {
  return readFileSync('defaults/aios.yml', 'utf8')
    .replace(
      'model: llama3.1:8b\n',
      `model: llama3.1:8b\n    host: ${ollama.url}\n    digest: ${digest}\n`,
    )
    .replace('baseUrl: https://models.github.ai/inference', `baseUrl: ${openai.baseUrl}`);
}

describe('aios doctor', () => {
  it('reports each model: key, endpoint, pulled digest, limits, and a one-token call', async () => {
    ollama.enqueue({ content: '{"ok":true}' });
    openai.enqueue({ content: '{"ok":true}' });
    const reports = await runDoctor({
      config: parseConfig(configText(DIGEST), 'aios.yml').config,
      env: { GITHUB_TOKEN: KEY },
    });
    const byId = Object.fromEntries(reports.map((r) => [r.modelId, r]));
    const status = (id: string) =>
      Object.fromEntries(byId[id]!.checks.map((c) => [c.name, c.status]));
    expect(status('local-llama')).toEqual({
      key: 'skip',
      endpoint: 'ok',
      pulled: 'ok',
      limits: 'ok',
      call: 'ok',
    });
    expect(byId['local-llama']!.checks.find((c) => c.name === 'limits')?.detail).toMatch(
      /window \d+ tokens .* output cap 8192 tokens \(num_predict\); the model takes 131072/,
    );
    expect(status('copilot-gpt')).toEqual({ key: 'ok', endpoint: 'ok', limits: 'ok', call: 'ok' });
    // The one-token call used the model's profile with a small cap.
    const sent = openai.chatRequests.at(-1)?.body as Record<string, unknown>;
    expect(sent['max_completion_tokens']).toBe(256);
    expect(status('premium-gpt')['key']).toBe('fail');
    expect(status('premium-gpt')['call']).toBe('skip');
    expect(byId['premium-gpt']!.ok).toBe(false);
    expect(formatReport(byId['premium-gpt']!).join('\n')).toMatch(/OPENAI_API_KEY is not set/);
  });

  it('fails a model whose pulled digest is not the one the config names', async () => {
    const [report] = await runDoctor({
      config: parseConfig(configText(OTHER), 'aios.yml').config,
      env: {},
      models: ['local-llama'],
      call: false,
    });
    expect(report?.ok).toBe(false);
    expect(report?.checks.find((c) => c.name === 'pulled')?.detail).toMatch(
      /has digest a80c4f17acd5, the config names 0123456789ab/,
    );
  });

  it('fails a model pinned by a prefix that another digest shares', async () => {
    // The work job compares the full digest, so doctor does too: a prefix match is not a pin.
    const [report] = await runDoctor({
      config: parseConfig(configText(`${DIGEST.slice(0, 12)}${'0'.repeat(52)}`), 'aios.yml').config,
      env: {},
      models: ['local-llama'],
      call: false,
    });
    expect(report?.ok).toBe(false);
    expect(report?.checks.find((c) => c.name === 'pulled')?.status).toBe('fail');
  });

  it('refuses a short digest at config load, naming the line', () => {
    expect(() => parseConfig(configText(DIGEST.slice(0, 12)), 'aios.yml')).toThrow(
      /aios\.yml:\d+: models\.local-llama\.digest: the full 64-hex sha256 digest/,
    );
  });

  it('fails a window larger than the model was trained for', async () => {
    const [report] = await runDoctor({
      config: parseConfig(
        configText(DIGEST).replace(
          `digest: ${DIGEST}\n`,
          `digest: ${DIGEST}\n    request: { contextWindow: 200000 }\n`,
        ),
        'aios.yml',
      ).config,
      env: {},
      models: ['local-llama'],
      call: false,
    });
    expect(report?.ok).toBe(false);
    expect(report?.checks.find((c) => c.name === 'limits')?.detail).toMatch(
      /more than the model's context length of 131072/,
    );
  });

  it('runs as a command, exiting 1 when a check fails', async () => {
    const dir = await tempDir();
    const file = join(dir, 'aios.yml');
    await writeFile(file, configText(DIGEST));
    const { code, stdout } = await runBin(['doctor', '--config', file, '--no-call', '--json'], {
      env: { GITHUB_TOKEN: KEY, OPENAI_API_KEY: '' },
    });
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as { modelId: string; ok: boolean }[];
    expect(reports.map((r) => [r.modelId, r.ok])).toEqual([
      ['local-llama', true],
      ['copilot-gpt', true],
      ['premium-gpt', false],
    ]);
  });
});
