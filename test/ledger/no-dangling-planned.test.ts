import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoAssets } from '../../src/app/demo.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { runCli } from '../support/run-cli.js';
import { tempRepo } from '../support/temp-repo.js';

describe('a run that fails before any work', () => {
  it('closes its task with `failed` instead of leaving a dangling `planned` (missing API key)', async () => {
    const repo = await tempRepo();
    const task = join(repo, 'post.md');
    await cp(join(demoAssets().tasks, 'blog-post.md'), task);
    const run = await runCli(['run', task, '--repo', repo], {
      env: { OPENAI_API_KEY: undefined, GITHUB_TOKEN: undefined, AIOS_PREMIUM_KEY: undefined },
    });
    // Providers are built lazily (issue 12): the keyless model is skipped and recorded, and
    // with no model left the task fails at work, a run outcome (exit 1), not a throw.
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/failed .* at work: .*needs an API key/);
    const entries: LedgerEntry[] = [];
    for await (const e of readLedger(repo, 'refs/heads/aios-ledger')) entries.push(e);
    expect(entries.map((e) => e.event)).toEqual(['planned', 'attempt', 'failed']);
    expect(entries[1]).toMatchObject({ event: 'attempt', data: { outcome: 'skipped' } });
    expect(entries[2]).toMatchObject({
      event: 'failed',
      data: { stage: 'work', reason: expect.stringMatching(/needs an API key/) },
    });
    const receipt = await runCli([
      'receipt',
      'local/' + repo.split('/').at(-1) + '#post',
      '--repo',
      repo,
    ]);
    expect(receipt.stdout).not.toMatch(/in progress/i);
  });
});
