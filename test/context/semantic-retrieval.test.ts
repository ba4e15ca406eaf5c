import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fuseByRank } from '../../src/context/rank-fusion.js';
import { RepoIndex, type RetrievedChunk } from '../../src/context/repo-index.js';
import { ollamaEmbedder } from '../../src/context/ollama-embedder.js';
import { semanticHits } from '../../src/context/semantic-retrieval.js';
import { openGitWorkspace } from '../../src/context/workspace.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

const hit = (path: string): RetrievedChunk => ({
  path,
  blob: `b-${path}`,
  start: 1,
  end: 10,
  symbols: [],
  score: 1,
});

let server: OllamaTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('semantic retrieval through Ollama', () => {
  it('fuses lexical and semantic lists by reciprocal rank', () => {
    const fused = fuseByRank([
      [hit('a.md'), hit('b.md'), hit('c.md')],
      [hit('c.md'), hit('d.md')],
    ]);
    expect(fused[0]?.path).toBe('c.md');
    expect(fused[0]?.score).toBeCloseTo(1 / 63 + 1 / 61, 10);
    expect(fused.map((f) => f.path).sort()).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
  });

  it('embeds chunks once per (blob, model) through /api/embed and finds the nearest', async () => {
    server = await startOllamaServer({ models: ['nomic-embed-text'] });
    const dir = await tempRepo({
      'content/refunds.md':
        '# Refunds\nCustomers may return goods within thirty days for a refund.\n',
      'content/shipping.md': '# Shipping\nParcels leave the warehouse every weekday morning.\n',
      'content/team.md': '# Team\nOur designers and developers work from Lyon.\n',
    });
    const indexFile = join(await tempDir(), 'index.sqlite');
    const index = RepoIndex.open(indexFile);
    const ws = await openGitWorkspace(dir);
    try {
      const read = (b: readonly string[]) => ws.readBlobs!(b);
      await index.update(await ws.listEntries!(), read);
      const embedder = ollamaEmbedder(server.url, 'nomic-embed-text');
      const task = {
        title: 'Customers asking to return goods',
        body: 'Explain the refund window.',
      };
      const first = await semanticHits({ indexFile, embedder, read, task });
      expect(first[0]?.path).toBe('content/refunds.md');
      const embeds = () =>
        server!.requests
          .filter((r) => r.path === '/api/embed')
          .map((r) => r.body as { input: string[] });
      expect(embeds()[0]?.input.length).toBe(3); // the three chunks
      expect(embeds()[1]?.input.length).toBe(1); // the query
      // Cached by (blob, model): a second search embeds only its query.
      await semanticHits({ indexFile, embedder, read, task });
      expect(embeds().length).toBe(3);
      expect(embeds()[2]?.input.length).toBe(1);
      // Another model has its own vectors, and a model the server lacks is a clear error.
      await expect(
        semanticHits({
          indexFile,
          embedder: ollamaEmbedder(server.url, 'missing-embed'),
          read,
          task,
        }),
      ).rejects.toThrow(/missing-embed/);
    } finally {
      index.close();
      await ws.close();
    }
  });
});
