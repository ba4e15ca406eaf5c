/**
 * Providers built when the gateway first needs them: a model whose key is missing is skipped
 * (a `skipped` attempt entry with the reason), the tier falls back as documented, and only when
 * no model can be called does the task fail, naming each model and why.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalRunner } from '../../src/app/local-runner.js';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { reviewerPersonaFor } from '../../src/gates/reviewer-gate.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { tempRepo } from '../support/temp-repo.js';
import { answer, callsOf, modelsReceived, startHarness, type Harness } from './model-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('a model whose key is not set', () => {
  it('is skipped and recorded, and the flat tier falls back to the local model', async () => {
    h.script({ ollama: [{ content: answer('Audited by the local model.') }] });
    const before = h.counts();
    const run = await h.run('no-key-flat', ['flat'], { env: {} });
    expect(run.outcome.status).toBe('delivered');
    expect(callsOf(run)).toEqual([
      ['copilot-gpt', 'skipped', 'unavailable'],
      ['local-llama', 'ok', undefined],
    ]);
    const skipped = run.attempts[0]!;
    expect(skipped.data.error).toMatch(/AIOS_E2E_MODELS_KEY, which is not set/);
    expect(skipped.usage).toMatchObject({ inputTokens: 0, outputTokens: 0 });
    expect(skipped.cost.actualMicros).toBe(0);
    expect(modelsReceived(h.openai, before.openai)).toEqual([]);
    expect(run.outcome.cost.calls).toBe(1);
    expect(run.outcome.status === 'delivered' && run.outcome.by.modelId).toBe('local-llama');
  });

  it('fails the task only when no model can be called, naming each model and why', async () => {
    // The local model is not pulled on this server (404), and the flat seat has no key.
    h.script({
      ollama: [{ status: 404, error: 'model "llama3.1:8b" not found, try pulling it first' }],
    });
    const run = await h.run('no-model', ['local'], { env: {} });
    expect(run.outcome).toMatchObject({ status: 'failed', stage: 'work' });
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'not-found'],
      ['copilot-gpt', 'skipped', 'unavailable'],
    ]);
    const failed = run.entries.at(-1);
    expect(failed?.event).toBe('failed');
    const reason = run.outcome.status === 'failed' ? run.outcome.reason : '';
    expect(reason).toMatch(/local-llama: .*model not found/);
    expect(reason).toMatch(/copilot-gpt: .*AIOS_E2E_MODELS_KEY, which is not set/);
  });
});

describe('the shipped config without GITHUB_TOKEN', () => {
  it('runs flat-tier work on the local model, recording the skipped seat', async () => {
    // content/**/*.md is inside the shipped accessibility-reviewer's `writes`.
    const repo = await tempRepo({ 'content/home.md': '# Home\n' });
    const config = (await readFile(defaultConfigPath(), 'utf8')).replace(
      'model: llama3.1:8b',
      `model: llama3.1:8b\n    host: ${h.ollama.url}`,
    );
    await mkdir(join(repo, '.github'));
    const configFile = join(repo, '.github', 'aios.yml');
    await writeFile(configFile, config);
    h.script({
      ollama: [
        {
          content: JSON.stringify({
            decision: 'done',
            confidence: 0.9,
            summary: 'Added alt text.',
            files: [{ path: 'content/home.md', content: '# Home\n\nWelcome.\n' }],
            questions: [],
            declineReason: null,
          }),
        },
        // The shipped accessibility kind also runs the reviewer gate: a review with no findings.
        {
          content: JSON.stringify({
            decision: 'done',
            confidence: 0.9,
            summary: 'Reviewed.',
            files: [],
            questions: [],
            declineReason: null,
          }),
        },
      ],
    });
    const runner = await createLocalRunner({
      repoDir: repo,
      configFile,
      models: { type: 'config' },
      env: {}, // no GITHUB_TOKEN, no OPENAI_API_KEY
    });
    const task = join(repo, '..', `${repo.split('/').at(-1)}-a11y.md`);
    await writeFile(
      task,
      '---\ntitle: Fix alt text\nlabels: [accessibility]\nclient: acme\nestimate: S\n---\nFix `content/home.md`.\n',
    );
    const { outcome } = await runner.runFile(task);
    expect(outcome.status).toBe('delivered');
    const attempts = [];
    for await (const e of readLedger(repo, 'aios-ledger'))
      if (e.event === 'attempt') attempts.push(e);
    // The work, then the reviewer gate's call: each skips the seat with no key, then runs locally.
    const reviewer = reviewerPersonaFor('accessibility', 'accessibility-reviewer');
    expect(
      attempts.map((a) => [
        a.actor.type === 'model' ? a.actor.persona : '?',
        a.actor.type === 'model' ? a.actor.modelId : '?',
        a.data.outcome,
      ]),
    ).toEqual([
      ['accessibility-reviewer', 'copilot-gpt', 'skipped'],
      ['accessibility-reviewer', 'local-llama', 'ok'],
      [reviewer, 'copilot-gpt', 'skipped'],
      [reviewer, 'local-llama', 'ok'],
    ]);
    expect(reviewer).not.toBe('accessibility-reviewer');
    for (const skipped of [attempts[0], attempts[2]])
      expect(skipped?.data.error).toMatch(/GITHUB_TOKEN, which is not set/);
  });
});
