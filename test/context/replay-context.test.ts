import { describe, expect, it } from 'vitest';
import { gatherContext, type GatheredContext } from '../../src/context/gather-context.js';
import { replayContext } from '../../src/context/replay-context.js';
import { openGitWorkspace } from '../../src/context/workspace.js';
import { ContextRecord } from '../../src/core/context-record.js';
import type { Task } from '../../src/core/task.js';
import { CatFileBatch } from '../../src/git/cat-file-batch.js';
import { buildPrompt } from '../../src/personas/build-prompt.js';
import { personaFolder } from '../../src/personas/load-personas.js';
import { tempRepo } from '../support/temp-repo.js';

describe('replaying a recorded context', () => {
  it('rebuilds the exact prompt that was sent from the record and git objects alone', async () => {
    const big = Array.from({ length: 2500 }, (_, i) => `Line ${i + 1} of the archive.`);
    big[1200] = 'The refund policy changed in March: refunds within 30 days.';
    const files: Record<string, string> = {
      'content/refunds.md': big.join('\n') + '\n',
      'content/about.md': '# About\nWe build sites.\n',
      '.env': 'TOKEN=x\n',
    };
    for (let i = 0; i < 40; i++)
      files[`content/news/item-${i}.md`] = `# News ${i}\n${'Text. '.repeat(200)}\n`;
    const dir = await tempRepo(files);
    const task: Task = {
      id: 'local/site#r',
      key: 'local.site.r',
      source: { type: 'file', path: 'r.md', repo: 'site' },
      title: 'Update the refund policy',
      body: `See content/refunds.md and .env. ${'Background detail. '.repeat(3000)}`,
      labels: ['writing'],
      client: 'acme',
      requestedBy: 'test',
      textHash: 'a'.repeat(64),
      removed: [],
      receivedAt: '2026-01-01T00:00:00.000Z',
    };
    const persona = await personaFolder().load('editor');
    const prompt = (c: GatheredContext) =>
      buildPrompt({ persona, task, context: c, attempt: 1, minConfidence: 0.6 });
    const ws = await openGitWorkspace(dir);
    let sent: ReturnType<typeof prompt>;
    let stored: unknown;
    try {
      const c = await gatherContext({
        workspace: ws,
        task,
        laneGlobs: persona.writes,
        maxTokens: 4_000,
        render: prompt,
      });
      expect(c.record.taskBodyCutAt).toBeDefined();
      expect(c.record.shown.find((s) => s.path === 'content/refunds.md')?.ranges).toBeDefined();
      expect(c.record.omittedCount).toBeGreaterThan(10);
      sent = prompt(c);
      // What the ledger keeps: the record as JSON, parsed back by its schema.
      stored = JSON.parse(JSON.stringify(c.record));
    } finally {
      await ws.close();
    }
    const cat = new CatFileBatch(dir);
    try {
      const replayed = await replayContext(ContextRecord.parse(stored), task, (b) => cat.read(b));
      expect(prompt(replayed)).toEqual(sent);
    } finally {
      await cat.close();
    }
  });
});
