import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalRunner } from '../../src/app/local-runner.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { writeOutcomeLedger } from '../support/outcome-ledger.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';
import { LEARN_CONFIG } from '../routing/learn-config.js';

const EDITOR = `---
name: editor
description: Edits easy and hard prose for the learning tests.
role: Editor
kinds: [easy, hard]
declines:
  - say: Code of any kind
writes: ['**/*.md']
version: 1
owner: ana
---

# Editor

You edit prose: read the draft, fix what is unclear, and say what you changed.
`;

describe('aios run with a learn clause', () => {
  it('plans on the cheaper model the ledger qualifies, and the planned entry holds the evidence', async () => {
    const repo = await tempRepo({ 'README.md': '# Site\n' });
    // 30 easy tasks on the local model, 28 accepted: LB(28/30) = 0.817 ≥ 0.8 with ≥ 20 samples.
    await writeOutcomeLedger(repo, [
      {
        rule: 'easy-rule',
        persona: 'editor',
        model: 'local-llama',
        tier: 'local',
        kind: 'easy',
        size: 'S',
        accepted: 28,
        rejected: 2,
      },
    ]);
    const dir = await tempDir();
    await mkdir(join(dir, 'personas'));
    await writeFile(join(dir, 'personas', 'editor.md'), EDITOR);
    await writeFile(join(dir, 'aios.yml'), LEARN_CONFIG);
    const script = join(dir, 'script.yml');
    await writeFile(
      script,
      JSON.stringify({
        answers: {
          editor: [
            {
              decision: 'done',
              confidence: 0.9,
              summary: 'Tidied the intro.',
              files: [{ path: 'posts/intro.md', content: '# Intro\n\nA tidy intro.\n' }],
              declineReason: null,
            },
          ],
        },
      }),
    );
    const taskFile = join(dir, 'task.md');
    await writeFile(
      taskFile,
      '---\ntitle: Tidy the intro\nlabels: [easy]\nestimate: S\n---\nTidy the intro.\n',
    );
    const runner = await createLocalRunner({
      repoDir: repo,
      configFile: join(dir, 'aios.yml'),
      personaDir: join(dir, 'personas'),
      models: { type: 'scripted', scriptFile: script },
    });
    const { task, outcome } = await runner.runFile(taskFile);
    expect(outcome.status).toBe('delivered');
    const entries: LedgerEntry[] = [];
    for await (const e of readLedger(repo, 'refs/heads/aios-ledger'))
      if (e.task === task.id) entries.push(e);
    const planned = entries.find((e) => e.event === 'planned');
    if (planned?.event !== 'planned') throw new Error('no planned entry');
    expect(planned.data.tier).toBe('local');
    expect(planned.data.learn).toMatchObject({
      rule: 'easy-rule',
      mode: 'apply',
      applied: true,
      from: { model: 'premium-gpt', tier: 'premium' },
      to: { model: 'local-llama', tier: 'local' },
      evidence: [{ decided: 30, accepted: 28, meets: true }],
    });
    expect(planned.data.trace.at(-1)).toMatchObject({
      rule: 'easy-rule.learn (apply)',
      matched: true,
    });
  });
});
