/**
 * A rule's `learn` clause reads the ledger's outcome cells through one reader
 * (app/ledger-learning.ts) in `aios run` and `aios route`: both say the same about the clause,
 * with no ledger branch yet and with one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalRunner } from '../../src/app/local-runner.js';
import { previewRoute } from '../../src/app/route-preview.js';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { tempRepo } from '../support/temp-repo.js';

const WRITING_ROUTE =
  '    route: { persona: editor, tier: premium, maxAttempts: 2, fallback: none }\n    risk: medium';
const LEARNING_ROUTE =
  '    route: { persona: editor, tier: premium, maxAttempts: 2, fallback: none }\n    risk: low\n    learn: { mode: advise, cheaper: [local], minSamples: 5, minAcceptanceLB: 0.5, risks: [low] }';

describe('route and run read the learn clause’s cells alike', () => {
  it('with no ledger branch yet, and once run has written one', async () => {
    const base = await readFile(defaultConfigPath(), 'utf8');
    expect(base).toContain(WRITING_ROUTE);
    const repo = await tempRepo({
      'README.md': '# R\n',
      'aios.yml': base.replace(WRITING_ROUTE, LEARNING_ROUTE),
      'script.yml': 'answers: {}\n',
      'tasks/blog.md': '---\ntitle: Launch post\nlabels: [blog]\n---\nDraft a short post.\n',
    });
    const configFile = join(repo, 'aios.yml');
    const taskFile = join(repo, 'tasks', 'blog.md');
    const { preview, cells } = await previewRoute({
      taskFile,
      repoDir: repo,
      configFile,
      env: {},
    });
    expect(await cells?.()).toEqual({
      why: 'there is no ledger branch aios-ledger at refs/heads/aios-ledger yet',
    });
    const runner = await createLocalRunner({
      repoDir: repo,
      configFile,
      models: { type: 'scripted', scriptFile: join(repo, 'script.yml') },
      env: {},
    });
    const { outcome } = await runner.runFile(taskFile);
    if (preview.type !== 'route') throw new Error(`route did not route: ${preview.type}`);
    const line = (trace: readonly { rule: string; why: string }[] | undefined) =>
      trace?.find((t) => t.rule.endsWith('.learn (advise)'))?.why;
    expect(line(preview.plan.trace)).toBeDefined();
    expect(line(outcome.plan?.trace)).toBe(line(preview.plan.trace));
    expect(line(preview.plan.trace)).toMatch(/^kept premium-gpt on premium: no cheaper cell/);
    // The run wrote the ledger branch: both read it now, and --explain names the ref.
    const again = await previewRoute({ taskFile, repoDir: repo, configFile, env: {} });
    const second = await runner.runFile(taskFile);
    if (again.preview.type !== 'route') throw new Error('route did not route');
    expect(line(second.outcome.plan?.trace)).toBe(line(again.preview.plan.trace));
    expect(await again.cells?.()).toMatchObject({ ref: 'refs/heads/aios-ledger' });
  });
});
