import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { gatherTaskContext } from '../../src/context/task-context.js';
import { openGitWorkspace } from '../../src/context/workspace.js';
import type { Plan } from '../../src/core/plan.js';
import type { Task } from '../../src/core/task.js';
import { personaFolder } from '../../src/personas/load-personas.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { tempRepo } from '../support/temp-repo.js';

let server: OllamaTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const task: Task = {
  id: 'local/site#s',
  key: 'local.site.s',
  source: { type: 'file', path: 's.md', repo: 'site' },
  title: 'Customers asking to return goods',
  body: 'Explain the refund window.',
  labels: ['writing'],
  requestedBy: 'test',
  textHash: 'a'.repeat(64),
  removed: [],
  receivedAt: '2026-01-01T00:00:00.000Z',
};

async function contextWith(embeddings: { model: string; host: string } | undefined) {
  const dir = await tempRepo({
    'content/refunds.md': '# Refunds\nCustomers may return goods within thirty days.\n',
    'content/team.md': '# Team\nOur designers work from Lyon.\n',
  });
  const { config } = await loadConfig({});
  const persona = await personaFolder().load('editor');
  const plan = { tier: 'local', models: [], kind: 'writing', client: undefined } as unknown as Plan;
  const ws = await openGitWorkspace(dir);
  try {
    return await gatherTaskContext({
      workspace: ws,
      task,
      plan,
      persona,
      config: { ...config, context: { ...config.context, embeddings } },
      render: (c) => [{ content: c.taskBody }],
    });
  } finally {
    await ws.close();
  }
}

describe('retrieval mode in the record', () => {
  it('is lexical+semantic when embeddings are configured and Ollama answers', async () => {
    server = await startOllamaServer({ models: ['nomic-embed-text'] });
    const c = await contextWith({ model: 'nomic-embed-text', host: server.url });
    expect(c.record.retrieval).toBe('lexical+semantic');
    expect(c.record.semanticError).toBeUndefined();
    expect(server.requests.some((r) => r.path === '/api/embed')).toBe(true);
  });

  it('stays lexical, and says why, when the embedding model is not there', async () => {
    server = await startOllamaServer({ models: ['llama3.1:8b'] });
    const c = await contextWith({ model: 'nomic-embed-text', host: server.url });
    expect(c.record.retrieval).toBe('lexical');
    expect(c.record.semanticError).toMatch(/nomic-embed-text/);
  });

  it('is lexical without embeddings configured', async () => {
    const c = await contextWith(undefined);
    expect(c.record.retrieval).toBe('lexical');
    expect(c.record.semanticError).toBeUndefined();
  });
});
