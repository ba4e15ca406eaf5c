/**
 * `aios route` and `aios run` decide with the same code (pipeline/decide-plan.ts): over a set
 * of task files, a config with a per-tier switch off, risk paths and a cascade, route's
 * preview equals the plan run records, and both stop on the kill switch.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLocalRunner } from '../../src/app/local-runner.js';
import { previewRoute } from '../../src/app/route-preview.js';
import { defaultConfigPath } from '../../src/config/load-config.js';
import type { Plan } from '../../src/core/plan.js';
import { withModelOverride } from '../../src/pipeline/decide-plan.js';
import { preparedRepo } from '../support/prepared-repo.js';

const WRITING_ROUTE =
  '    route: { persona: editor, tier: premium, maxAttempts: 2, fallback: none }';
const TASKS: Record<string, string> = {
  // writing: a cascade from local to premium
  'blog.md': '---\ntitle: Launch post\nlabels: [blog]\n---\nDraft a short post about the launch.\n',
  // content-audit, raised to medium risk by a path under risk.paths
  'audit.md':
    '---\ntitle: Audit pricing\nlabels: [audit]\n---\nAudit the copy in content/pricing.md for clarity.\n',
  // accessibility on the flat tier, which is switched off: rerouted by fallback
  'a11y.md':
    '---\ntitle: Fix the form\nlabels: [accessibility]\n---\nFix the signup form labels.\n',
  // two kinds: asks
  'both.md': '---\ntitle: Both\nlabels: [blog, audit]\n---\nBody.\n',
  // no kind at all: asks
  'none.md': '---\ntitle: Nothing\nlabels: [misc]\n---\nBody.\n',
  // the kind named in the file
  'named.md': '---\ntitle: Named\nkind: content-audit\nlabels: []\n---\nList the pages.\n',
};

let repo: string;
let configFile: string;

// Every test starts from its own copy of one repository, made once for the file.
const agreeRepo = preparedRepo(
  async () => undefined,
  async () => {
    const base = await readFile(defaultConfigPath(), 'utf8');
    expect(base).toContain(WRITING_ROUTE);
    const config = `${base
      .replace(
        WRITING_ROUTE,
        '    route: { persona: editor, tier: local, maxAttempts: 2, fallback: escalate-on-gate-fail, escalateTo: [premium] }',
      )
      .replace(
        '    models: [copilot-gpt, local-llama]',
        '    models: [copilot-gpt, local-llama]\n    enabled: false',
      )}\nrisk:\n  paths:\n    medium: ['content/**']\n`;
    return {
      'README.md': '# R\n',
      'aios.yml': config,
      'script.yml': 'answers: {}\n',
      ...Object.fromEntries(Object.entries(TASKS).map(([f, t]) => [`tasks/${f}`, t])),
    };
  },
);

beforeEach(async () => {
  repo = await agreeRepo();
  configFile = join(repo, 'aios.yml');
});

/** The parts of a plan that routing decides (run's models are the --scripted override). */
const decided = (p: Plan) => ({
  rule: p.rule.id,
  kind: p.kind,
  risk: p.risk,
  persona: p.persona,
  tier: p.tier,
  gates: p.gates,
  cascade: p.cascade?.map((c) => c.tier),
  trace: p.trace,
  byHand: p.byHand,
  classified: p.classified,
});

describe('route and run agree', () => {
  it.each(Object.keys(TASKS))('on tasks/%s', async (file) => {
    const taskFile = join(repo, 'tasks', file);
    const { preview } = await previewRoute({ taskFile, repoDir: repo, configFile, env: {} });
    const runner = await createLocalRunner({
      repoDir: repo,
      configFile,
      models: { type: 'scripted', scriptFile: join(repo, 'script.yml') },
      env: {},
    });
    const { outcome } = await runner.runFile(taskFile);
    if (preview.type === 'off') throw new Error('not switched off');
    if (preview.type === 'ask') {
      expect(outcome).toMatchObject({ status: 'asked', stage: 'plan', reason: preview.reason });
      return;
    }
    // Routed: run planned exactly this (the work then fails on the empty script: no matter).
    // Run's plan is route's under the same override: `--scripted` is the only model, so a
    // cascade's dearer tiers are dropped (pipeline/decide-plan.ts withModelOverride).
    const scripted = withModelOverride(preview.plan, { modelId: 'scripted', model: {} as never });
    expect(outcome.plan && decided(outcome.plan)).toEqual(decided(scripted));
    expect(outcome.plan?.models).toEqual(['scripted']);
  });

  it('the cases cover the switch, the risk paths and the cascade', async () => {
    const plan = async (file: string) => {
      const { preview } = await previewRoute({
        taskFile: join(repo, 'tasks', file),
        repoDir: repo,
        configFile,
        env: {},
      });
      return preview.type === 'route' ? preview.plan : undefined;
    };
    expect(await plan('blog.md')).toMatchObject({ tier: 'local', cascade: [{ tier: 'premium' }] });
    expect(await plan('audit.md')).toMatchObject({ risk: 'medium' });
    expect((await plan('a11y.md'))?.tier).not.toBe('flat');
  });

  it('both stop on the kill switch', async () => {
    const taskFile = join(repo, 'tasks', 'blog.md');
    const env = { AIOS_ENABLED: 'false' };
    const { preview } = await previewRoute({ taskFile, repoDir: repo, configFile, env });
    expect(preview).toMatchObject({
      type: 'off',
      reason: expect.stringContaining('AIOS_ENABLED=false'),
    });
    await expect(
      createLocalRunner({
        repoDir: repo,
        configFile,
        models: { type: 'scripted', scriptFile: join(repo, 'script.yml') },
        env,
      }),
    ).rejects.toThrow(/AIOS is switched off: AIOS_ENABLED=false/);
  });

  it('route refuses an unsound config as run does', async () => {
    const bad = join(repo, 'bad.yml');
    await writeFile(
      bad,
      (await readFile(configFile, 'utf8')).replace(
        'persona: editor, tier: local',
        'persona: editr, tier: local',
      ),
    );
    const taskFile = join(repo, 'tasks', 'blog.md');
    await expect(
      previewRoute({ taskFile, repoDir: repo, configFile: bad, env: {} }),
    ).rejects.toThrow();
  });
});
