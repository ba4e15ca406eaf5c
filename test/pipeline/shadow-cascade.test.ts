/**
 * Shadow runs and cascades over the port fakes, with the shipped config (rule writing-in-voice
 * changed per test), personas and gates, and one scripted provider per model: what runs on
 * which tier, what is recorded, and that neither changes what is delivered.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { ModelError } from '../../src/core/errors.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import type { Plan } from '../../src/core/plan.js';
import { ShadowPolicy } from '../../src/config/shadow-policy.js';
import { inShadowShare, shadowChoice } from '../../src/routing/shadow-choice.js';
import { runTask } from '../../src/pipeline/run-task.js';
import { buildReport } from '../../src/reports/report.js';
import { renderReportCsv } from '../../src/reports/report-csv.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { modelsOfPlan } from '../../src/jobs/plan-models.js';
import { spendFromEntries } from '../../src/ledger/month-spend.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { tempRepo } from '../support/temp-repo.js';
import { FakeProvider, answerJson, type FakeStep } from '../support/fake-provider.js';
import { expectChained, issueTask, pipelineOverFakes } from '../support/pipeline-fakes.js';

const POST = '# Launch\n\nWe launched a new site today.\n';
// markdown-lint sends this back (no top-level heading first).
const BAD = 'Launch\n\n\n\nText\n';
const blog = (id = 7) => ({ ...issueTask(['aios', 'blog']), id: `acme/site#${id}` });
const WRITING_ROUTE =
  '    route: { persona: editor, tier: premium, maxAttempts: 2, fallback: none }\n    risk: medium';

/** The pipeline with the shipped config edited, and each model answering from its own script. */
async function world(edit: (yaml: string) => string, scripts: Record<string, FakeStep[]>) {
  const w = await pipelineOverFakes([]);
  const text = edit(await readFile(defaultConfigPath(), 'utf8'));
  const config = parseConfig(text, 'aios.yml');
  const providers = new Map<string, FakeProvider>();
  w.deps = {
    ...w.deps,
    config,
    provider: async (modelId) => {
      let p = providers.get(modelId);
      if (!p) providers.set(modelId, (p = new FakeProvider(modelId, scripts[modelId] ?? [])));
      return p;
    },
  };
  return { ...w, config, providers };
}

const lowRiskWriting = (shadow: string) => (yaml: string) => {
  expect(yaml).toContain(WRITING_ROUTE);
  return `${yaml.replace(WRITING_ROUTE, WRITING_ROUTE.replace('risk: medium', 'risk: low'))}\n${shadow}\n`;
};

const events = (entries: readonly LedgerEntry[]) => entries.map((e) => e.event);

describe('shadow runs', () => {
  it('chooses tasks by a hash of the id: reproducible, and near the share over many tasks', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `acme/site#${i}`);
    const chosen = ids.filter((id) => inShadowShare(id, 0.3));
    expect(chosen.length / ids.length).toBeGreaterThan(0.27);
    expect(chosen.length / ids.length).toBeLessThan(0.33);
    expect(ids.filter((id) => inShadowShare(id, 0.3))).toEqual(chosen);
    expect(ids.some((id) => inShadowShare(id, 0))).toBe(false);
    expect(ids.every((id) => inShadowShare(id, 1))).toBe(true);
    // A larger share keeps every task a smaller one chose.
    expect(chosen.every((id) => inShadowShare(id, 0.6))).toBe(true);
  });

  it('has the cheaper model answer too, gated without the reviewer, recorded as shadow, never delivered', async () => {
    const w = await world(lowRiskWriting('shadow: { share: 1, model: local-llama }'), {
      'premium-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) }, // the reviewer
      ],
      'local-llama': [{ text: answerJson({ files: [{ path: 'posts/launch.md', content: BAD }] }) }],
    });
    const outcome = await runTask(blog(), w.deps);
    expect(outcome.status).toBe('delivered');
    if (outcome.status !== 'delivered') return;
    // The delivered work is the premium model's; the shadow's file went nowhere.
    expect(w.forge.filesOn('aios/acme.site.7')?.get('posts/launch.md')).toBe(POST);
    expect(outcome.by.modelId).toBe('premium-gpt');
    const entries = w.ledger.all();
    expectChained(entries);
    const shadowCalls = entries.filter((e) => e.event === 'attempt' && e.data.purpose === 'shadow');
    expect(shadowCalls).toHaveLength(1);
    expect(shadowCalls[0]).toMatchObject({
      actor: { modelId: 'local-llama', persona: 'editor', tier: 'local' },
      rule: { id: 'writing-in-voice' },
    });
    const shadow = entries.find((e) => e.event === 'shadow');
    expect(shadow).toMatchObject({
      event: 'shadow',
      data: { modelId: 'local-llama', comparedTo: 'premium-gpt', outcome: 'sent-back', calls: 1 },
    });
    if (shadow?.event !== 'shadow') return;
    // Deterministic gates only: the reviewer never read the shadow's answer.
    expect(shadow.data.gates.map((g) => g.gate)).not.toContain('reviewer');
    expect(shadow.data.gates.find((g) => g.gate === 'markdown-lint')?.pass).toBe(false);
    // Only the premium model was asked to review; the local model answered once.
    expect(w.providers.get('local-llama')?.requests).toHaveLength(1);
    // The task's own cost excludes the shadow's; the report counts it as spend, apart.
    expect(events(entries).slice(-1)).toEqual(['delivered']);
    const report = await buildReport(entries);
    const shadowMicros = shadowCalls.reduce(
      (s, e) => s + (e.event === 'attempt' ? e.cost.actualMicros : 0),
      0,
    );
    expect(report.total.shadowRuns).toBe(1);
    expect(report.total.shadowPassed).toBe(0);
    expect(report.total.shadowRunMicros).toBe(shadowMicros);
    expect(report.total.actualMicros).toBe(outcome.cost.actualMicros + shadowMicros);
    const csv = renderReportCsv(report).trim().split('\r\n');
    const header = csv[0]?.split(',') ?? [];
    const total = csv.at(-1)?.split(',') ?? [];
    expect(total[header.indexOf('shadow_runs')]).toBe('1');
    expect(total[header.indexOf('shadow_passed')]).toBe('0');
    // The delivered work is the premium model's; the local model's row holds only shadow spend.
    const byModel = new Map(report.breakdowns.model.map((r) => [r.key, r]));
    expect(byModel.get('premium-gpt')?.delivered).toBe(1);
    expect(byModel.get('local-llama')).toMatchObject({
      delivered: 0,
      shadowRunMicros: shadowMicros,
    });
  });

  it('writes entries that `ledger verify` accepts and the month’s spend counts', async () => {
    const w = await world(lowRiskWriting('shadow: { share: 1, model: copilot-gpt }'), {
      'premium-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) },
      ],
      'copilot-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
      ],
    });
    const repo = await tempRepo();
    const ledger = await GitLedgerStore.open({
      repoDir: repo,
      branch: 'aios-ledger',
      clock: w.clock,
    });
    const outcome = await runTask(blog(), { ...w.deps, ledger });
    expect(outcome.status).toBe('delivered');
    // On GitHub the work job is given the shadow model's key too.
    if (outcome.status === 'delivered')
      expect(modelsOfPlan(blog().id, outcome.plan, w.config.config)).toContain('copilot-gpt');
    await ledger.flush();
    const entries: LedgerEntry[] = [];
    for await (const e of readLedger(repo, 'refs/heads/aios-ledger')) entries.push(e);
    const shadow = entries.find((e) => e.event === 'shadow');
    expect(shadow).toMatchObject({ data: { outcome: 'passed', modelId: 'copilot-gpt' } });
    expect(
      (await verifyLedger(repo, 'refs/heads/aios-ledger', { anchor: false })).violations,
    ).toEqual([]);
    const spend = await spendFromEntries(readLedger(repo, 'refs/heads/aios-ledger'), w.clock.now());
    const all = entries.reduce((n, e) => n + (e.event === 'attempt' ? e.cost.actualMicros : 0), 0);
    expect(spend.totalMicros).toBe(all);
    // The shadow's calls are in the month's spend, on top of the task's own cost.
    const shadowSpend = entries.reduce(
      (n, e) => n + (e.event === 'attempt' && e.data.purpose === 'shadow' ? 1 : 0),
      0,
    );
    expect(shadowSpend).toBe(1);
    expect(all).toBe(
      outcome.cost.actualMicros + (shadow?.event === 'shadow' ? shadow.data.totalMicros : 0),
    );
  });

  it('never fails the task when the shadow model fails', async () => {
    const w = await world(lowRiskWriting('shadow: { share: 1, tier: local }'), {
      'premium-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) },
      ],
      'local-llama': [
        { error: new ModelError('down', { errorClass: 'server' }, { retryable: false }) },
      ],
    });
    const outcome = await runTask(blog(), w.deps);
    expect(outcome.status).toBe('delivered');
    const shadow = w.ledger.all().find((e) => e.event === 'shadow');
    expect(shadow).toMatchObject({
      data: { outcome: 'failed', reason: expect.stringContaining('down') },
    });
  });

  it('leaves medium-risk work, tasks outside the share and dearer models alone', async () => {
    const w = await world((y) => `${y}\nshadow: { share: 1, model: local-llama }\n`, {
      'premium-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) },
      ],
    });
    const first = await runTask(blog(), w.deps);
    expect(first.status).toBe('delivered');
    expect(w.ledger.all().some((e) => e.event === 'shadow')).toBe(false);
    expect(w.providers.has('local-llama')).toBe(false);
    if (first.status !== 'delivered') return;

    const plan: Plan = { ...first.plan, risk: 'low', models: ['local-llama'], tier: 'local' };
    const cfg = (shadow: object) => ({ ...w.config.config, shadow: ShadowPolicy.parse(shadow) });
    const choose = (id: string, shadow: object) =>
      shadowChoice(id, { ...plan, task: id }, cfg(shadow));
    expect(choose('acme/site#7', { share: 1, model: 'premium-gpt' })).toMatchObject({
      type: 'none',
      why: 'premium-gpt costs more than local-llama',
    });
    const outside = Array.from({ length: 50 }, (_, i) => `t#${i}`).find(
      (id) => !inShadowShare(id, 0.5),
    );
    expect(choose(outside ?? '', { share: 0.5, model: 'copilot-gpt' })).toMatchObject({
      type: 'none',
    });
  });
});

const CASCADE_ROUTE =
  '    route: { persona: editor, tier: local, maxAttempts: 2, fallback: escalate-on-gate-fail, escalateTo: [premium] }\n    risk: medium';

describe('cascade (escalate-on-gate-fail)', () => {
  it('tries the cheap tier, escalates with the findings when a deterministic gate fails, and records why', async () => {
    const w = await world((y) => y.replace(WRITING_ROUTE, CASCADE_ROUTE), {
      'local-llama': [{ text: answerJson({ files: [{ path: 'posts/launch.md', content: BAD }] }) }],
      'premium-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) },
      ],
    });
    const outcome = await runTask(blog(), w.deps);
    expect(outcome.status).toBe('delivered');
    if (outcome.status !== 'delivered') return;
    expect(outcome.plan).toMatchObject({
      tier: 'local',
      models: ['local-llama'],
      cascade: [{ tier: 'premium', models: ['premium-gpt', 'copilot-gpt'] }],
    });
    expect(outcome.by.modelId).toBe('premium-gpt');
    // On GitHub the work job is given the keys of the cascade's models too.
    expect(modelsOfPlan('acme/site#7', outcome.plan, w.config.config)).toEqual([
      'local-llama',
      'premium-gpt',
      'copilot-gpt',
    ]);
    const entries = w.ledger.all();
    expectChained(entries);
    const work = entries.filter(
      (e): e is Extract<LedgerEntry, { event: 'attempt' }> =>
        e.event === 'attempt' && e.actor.type === 'model' && e.actor.persona === 'editor',
    );
    expect(work.map((e) => [e.data.attempt, e.actor.type === 'model' && e.actor.tier])).toEqual([
      [1, 'local'],
      [2, 'premium'],
    ]);
    expect(work[0]?.data.escalation).toBeUndefined();
    expect(work[1]?.data.escalation).toEqual({
      from: 'local',
      to: 'premium',
      reason: expect.stringMatching(
        /^markdown-lint sent the work back \(\d+ error finding\(s\)\) on local$/,
      ),
    });
    // The premium prompt carries the cheap attempt's findings.
    const lint = entries.find(
      (e) => e.event === 'gate' && e.data.gate === 'markdown-lint' && !e.data.pass,
    );
    const rule = lint?.event === 'gate' ? lint.data.findings[0]?.rule : undefined;
    expect(rule).toBeDefined();
    expect(JSON.stringify(w.providers.get('premium-gpt')?.requests[0]?.messages)).toContain(
      rule ?? '?',
    );
    const planned = entries.find((e) => e.event === 'planned');
    expect(
      planned?.event === 'planned' && planned.data.trace.find((t) => t.rule === 'cascade'),
    ).toMatchObject({
      matched: true,
    });
  });

  it('delivers from the cheap tier when its work passes, and never calls the dear one', async () => {
    const w = await world((y) => y.replace(WRITING_ROUTE, CASCADE_ROUTE), {
      'local-llama': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) },
      ],
    });
    const outcome = await runTask(blog(), w.deps);
    expect(outcome.status).toBe('delivered');
    expect(w.providers.has('premium-gpt')).toBe(false);
  });

  it('goes straight to the dearest tier for risk that may not cascade', async () => {
    const w = await world(
      (y) =>
        y
          .replace(WRITING_ROUTE, CASCADE_ROUTE)
          .concat('\nrisk:\n  levels:\n    medium: { cascade: false }\n'),
      {
        'premium-gpt': [
          { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
          { text: answerJson({ files: [] }) },
        ],
      },
    );
    expect(w.config.config.risk.levels.medium.cascade).toBe(false);
    const outcome = await runTask(blog(), w.deps);
    expect(outcome.status).toBe('delivered');
    if (outcome.status !== 'delivered') return;
    expect(outcome.plan.tier).toBe('premium');
    expect(outcome.plan.cascade).toBeUndefined();
    expect(outcome.plan.trace.find((t) => t.rule === 'cascade')?.why).toMatch(
      /medium-risk work may not cascade .* straight to premium/,
    );
    expect(w.providers.has('local-llama')).toBe(false);
  });
});
