import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { tempDir } from '../support/temp-repo.js';

let server: OllamaTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.restoreAllMocks();
});

async function capture(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  process.exitCode = undefined;
  const code = await main(argv);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, stdout };
}

const persona = (name: string, kinds: string, writes: string, handoff: string, kind: string) => `---
name: ${name}
description: ${name === 'editor' ? 'Drafts and revises blog posts and page copy for publication.' : 'Audits the copy of existing site pages and lists prioritised fixes.'}
role: ${name}
kinds: [${kinds}]
declines:
  - say: Work of the ${handoff}
    kinds: [${kind}]
    handoff: ${handoff}
writes: ['${writes}']
owner: consultant
version: 1
evals: personas/evals/${name}.yml
---
You do this one job. Ask when the pages or the audience are not named; decline other work.
`;

describe('aios eval on an Ollama-protocol server', () => {
  it('puts every row of the matrix to the real ollama client with the answer schema, and reports the figures', async () => {
    server = await startOllamaServer({ models: ['llama3.1:8b'] });
    // The stand-in model: audits what reads as an audit, declines the rest to the editor.
    server.setHandler((req) => {
      const body = req.body as { messages: { role: string; content: string }[] };
      const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
      const title = /^Task [^:]+: (.*)$/m.exec(user)?.[1] ?? '';
      const audit = /audit/i.test(title);
      return {
        content: JSON.stringify(
          audit
            ? {
                decision: 'done',
                confidence: 0.9,
                summary: 'Audit written.',
                files: [{ path: 'audits/a.md', content: '# Audit\n' }],
                questions: [],
                declineReason: null,
                suggestedPersona: null,
              }
            : {
                decision: 'decline',
                confidence: 0.9,
                summary: 'Not an audit.',
                files: [],
                questions: [],
                declineReason: 'Writing is the editor’s job.',
                suggestedPersona: 'editor',
              },
        ),
        promptTokens: 500,
        evalTokens: 60,
      };
    });
    const root = await tempDir();
    await mkdir(join(root, 'personas', 'evals'), { recursive: true });
    await writeFile(
      join(root, 'personas', 'editor.md'),
      persona('editor', 'writing', 'posts/**', 'content-auditor', 'content-audit'),
    );
    await writeFile(
      join(root, 'personas', 'content-auditor.md'),
      persona('content-auditor', 'content-audit', 'audits/**', 'editor', 'writing'),
    );
    await writeFile(
      join(root, 'personas', 'evals', 'editor.yml'),
      stringify([
        {
          description: 'in-lane: post',
          vars: { title: 'Write a post on pricing', body: 'For small firms.', labels: ['blog'] },
          metadata: { lane: 'in', expect: 'done' },
        },
        {
          description: 'in-lane: about',
          vars: { title: 'Revise the about page', body: 'Shorter.', labels: ['copy'] },
          metadata: { lane: 'in', expect: 'done' },
        },
      ]),
    );
    await writeFile(
      join(root, 'personas', 'evals', 'content-auditor.yml'),
      stringify([
        {
          description: 'in-lane: audit',
          vars: { title: 'Audit the services pages', body: 'List fixes.', labels: ['audit'] },
          metadata: { lane: 'in', expect: 'done', writesWithin: true },
          assert: [{ type: 'icontains', value: 'audit' }],
        },
        {
          description: 'near-miss: new page',
          vars: { title: 'Write a new landing page', body: 'From scratch.', labels: ['audit'] },
          metadata: { lane: 'near-miss', expect: 'decline', handoff: 'editor' },
        },
      ]),
    );
    const config = (await readFile(defaultConfigPath(), 'utf8')).replace(
      'model: llama3.1:8b',
      `model: llama3.1:8b\n    host: ${server.url}`,
    );
    const configFile = join(root, 'aios.yml');
    await writeFile(configFile, config);

    const { code, stdout } = await capture([
      'eval',
      '--dir',
      join(root, 'personas'),
      '--config',
      configFile,
      '--persona',
      'content-auditor',
      '--model',
      'local-llama',
      '--json',
    ]);
    const report = JSON.parse(stdout) as { pass: boolean; reports: Record<string, unknown>[] };
    expect(report.reports).toEqual([
      expect.objectContaining({
        persona: 'content-auditor',
        model: 'local-llama',
        cases: 4,
        declineRecall: 1,
        falseDeclines: 0,
        partialCompliance: 0,
        handoffAccuracy: 1,
        failures: [],
      }),
    ]);
    expect(code).toBe(0);
    // In-lane audit, the near-miss, and the editor's two in-lane cases as out-of-lane rows.
    expect(server.chatRequests).toHaveLength(4);
    const first = server.chatRequests[0]?.body as { model: string; format: { required: string[] } };
    expect(first.model).toBe('llama3.1:8b');
    expect(first.format.required).toEqual(
      expect.arrayContaining(['decision', 'declineReason', 'suggestedPersona']),
    );
  });
});
