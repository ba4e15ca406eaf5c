/**
 * Budgets through the real pipeline: a call that could take spend over a budget is never sent
 * (the server receives nothing), the task stops with a `failed` entry naming the budget, and
 * month and person spend come from the ledger branch as `aios run` (createLocalRunner) reads it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLocalRunner } from '../../src/app/local-runner.js';
import { systemClock, type Clock } from '../../src/core/clock.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { tempRepo } from '../support/temp-repo.js';
import {
  answer,
  callsOf,
  configYaml,
  expectLedgerMatchesServers,
  KEY,
  KEY_ENV,
  modelsReceived,
  startHarness,
  type Harness,
} from './model-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const budgets = (lines: string) => (yaml: string) =>
  yaml.replace(/budgets:\n[\s\S]*$/, `budgets:\n${lines}\n`);

describe('budgets in runTask', () => {
  it('stops a premium task before the call that would exceed the task budget', async () => {
    // The first answer breaks the contract and costs $0.275; the repair call could cost about
    // $0.17 more, over the $0.40 budget, so it is not made. (Output stays under the 16,384-token
    // cap the call sends: the server would stop there.)
    h.script({
      openai: [
        { content: '{"decision": "done"}', promptTokens: 100_000, completionTokens: 15_000 },
        { content: answer() },
      ],
    });
    const before = h.counts();
    const run = await h.run('budget-per-task', ['premium'], {
      edit: budgets('  perTask: 0.40\n  perMonth: 100'),
    });
    expect(modelsReceived(h.openai, before.openai)).toEqual(['gpt-5']);
    expectLedgerMatchesServers(run, { openai: ['gpt-5'], ollama: [] });
    expect(run.entries.map((e) => e.event)).toEqual(['planned', 'attempt', 'failed']);
    expect(run.attempts[0]?.cost.actualMicros).toBe(125_000 + 150_000);
    expect(run.outcome).toMatchObject({ status: 'failed', stage: 'budget' });
    expect(run.entries.at(-1)).toMatchObject({
      event: 'failed',
      data: { stage: 'budget', budget: 'perTask', errorClass: 'budget' },
    });
    const reason = run.outcome.status === 'failed' ? run.outcome.reason : '';
    expect(reason).toMatch(
      /^Not calling premium-gpt: the call could cost up to \$0\.1\d{3} .* this task has spent \$0\.2750 of its \$0\.4000 budget \(budgets\.perTask\)\.\nHow to fix: Raise budgets\.perTask/,
    );
  });

  it('lets free local calls past spent money budgets, and stops them at the tier’s call cap', async () => {
    const pastSpend = vi.fn();
    h.script({
      ollama: Array(5).fill({ status: 500, error: 'llama runner process has terminated' }),
    });
    const before = h.counts();
    const run = await h.run('budget-call-cap', ['local'], {
      pastSpend,
      edit: (yaml) =>
        budgets('  perTask: 0\n  perMonth: 0\n  perPersonMonth: 0\n  maxCallsPerTask: 12')(yaml)
          .replace(
            'price: { input: 0, output: 0, perSecond: 0.0001 }',
            'price: { input: 0, output: 0 }',
          )
          .replace(
            '  local:\n    models: [local-llama, copilot-gpt]',
            '  local:\n    models: [local-llama, copilot-gpt]\n    maxCallsPerTask: 2',
          ),
    });
    expectLedgerMatchesServers(run, {
      ollama: modelsReceived(h.ollama, before.ollama),
      openai: modelsReceived(h.openai, before.openai),
    });
    expect(callsOf(run)).toEqual([
      ['local-llama', 'error', 'server'],
      ['local-llama', 'error', 'server'],
    ]);
    expect(h.counts()).toEqual({ ollama: before.ollama + 2, openai: before.openai });
    expect(run.entries.at(-1)).toMatchObject({
      event: 'failed',
      data: { stage: 'budget', budget: 'maxCallsPerTask' },
    });
    expect(run.outcome.status === 'failed' && run.outcome.reason).toContain(
      'tiers.local.maxCallsPerTask = 2',
    );
    // Nothing in this plan can cost money, so the ledger's past spend was never read.
    expect(pastSpend).not.toHaveBeenCalled();
  });
});

/** Ledger entries for a task that spent `micros` on the premium tier, started by `person`. */
async function pastTask(store: GitLedgerStore, id: string, person: string, micros: number) {
  const base = {
    task: id,
    work: { kind: 'content-audit', risk: 'low' as const },
    rule: { id: 'audit-premium', configHash: 'h' },
  };
  await store.append({
    ...base,
    event: 'planned',
    actor: { type: 'system', component: 'router' },
    data: {
      title: 'Earlier work',
      source: 'earlier.md',
      textHash: '0'.repeat(64),
      requestedBy: person,
      persona: 'content-auditor',
      tier: 'premium',
      models: ['premium-gpt'],
      gates: [],
      maxAttempts: 1,
      reason: 'r',
      trace: [],
      estimate: { minutes: 60, source: 's' },
    },
  });
  const price = {
    model: 'premium-gpt',
    inputPerMTokMicros: 1_250_000,
    outputPerMTokMicros: 10_000_000,
    cachedInputPerMTokMicros: 125_000,
    perSecondMicros: 0,
  };
  await store.append({
    ...base,
    event: 'attempt',
    actor: {
      type: 'model',
      provider: 'openai',
      model: 'gpt-5',
      modelId: 'premium-gpt',
      persona: 'content-auditor',
      tier: 'premium',
      scripted: false,
    },
    usage: { inputTokens: 0, outputTokens: micros / 10, cachedInputTokens: 0, durationMs: 1_000 },
    cost: { billing: 'api', actualMicros: micros, shadowMicros: micros, price },
    data: { attempt: 1, call: 1, purpose: 'work', outcome: 'ok' },
  });
}

/** A repository whose ledger branch already records this month's spend, and a config for it. */
async function repoWithSpend(budgetLines: string, spent: [person: string, micros: number][]) {
  const repo = await tempRepo();
  const clock = systemClock();
  const store = await GitLedgerStore.open({ repoDir: repo, branch: 'aios-ledger', clock });
  for (const [i, [person, micros]] of spent.entries())
    await pastTask(store, `local/site#earlier-${i}`, person, micros);
  await store.flush();
  const configFile = join(repo, '..', `${repo.split('/').at(-1)}.yml`);
  await writeFile(
    configFile,
    budgets(budgetLines)(configYaml({ ollama: h.ollama.url, openai: h.openai.baseUrl })),
  );
  return { repo, configFile };
}

function premiumTask(name: string, requestedBy: string) {
  return buildTask({
    id: `local/site#${name}`,
    source: { type: 'file', path: `${name}.md`, repo: 'site' },
    title: 'Audit the home page',
    body: 'Audit the copy of the home page.',
    labels: ['content-audit', 'premium'],
    requestedBy,
    receivedAt: new Date(),
  });
}

async function ledgerOf(repo: string, task: string): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for await (const e of readLedger(repo, 'refs/heads/aios-ledger', { task })) out.push(e);
  return out;
}

/** The system clock moved to the first day of next month. */
function nextMonthClock(): Clock {
  const now = new Date();
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 12);
  const real = systemClock();
  return { now: () => new Date(next), newId: () => real.newId() };
}

describe('month and person budgets from the ledger, in aios run', () => {
  it('a month budget spent by earlier work stops a new premium task before any call; next month it runs', async () => {
    const { repo, configFile } = await repoWithSpend('  perTask: 2\n  perMonth: 100', [
      ['bob', 99_900_000],
    ]);
    h.script({ openai: [{ content: answer(), promptTokens: 1_000, completionTokens: 100 }] });
    const before = h.counts();
    const runner = await createLocalRunner({
      repoDir: repo,
      configFile,
      models: { type: 'config' },
      env: { [KEY_ENV]: KEY },
    });
    const stopped = await runner.runTask(premiumTask('month-over', 'ann'));
    expect(stopped).toMatchObject({ status: 'failed', stage: 'budget' });
    expect(stopped.status === 'failed' && stopped.reason).toMatch(
      /all work this month \(\d{4}-\d{2}\) has spent \$99\.90 of its \$100\.00 budget \(budgets\.perMonth\)/,
    );
    expect(h.counts()).toEqual(before); // no call reached either server
    expect(
      (await ledgerOf(repo, 'local/site#month-over')).map((e) => [
        e.event,
        e.event === 'failed' ? e.data.budget : undefined,
      ]),
    ).toEqual([
      ['planned', undefined],
      ['failed', 'perMonth'],
    ]);

    // The same ledger a month later: last month's spend does not count, and the task runs.
    const later = await createLocalRunner({
      repoDir: repo,
      configFile,
      models: { type: 'config' },
      env: { [KEY_ENV]: KEY },
      clock: nextMonthClock(),
    });
    expect((await later.runTask(premiumTask('next-month', 'ann'))).status).toBe('delivered');
    expect(modelsReceived(h.openai, before.openai)).toEqual(['gpt-5']);
  });

  it('holds each person to the per-person budget, counting what this runner spent since it read the ledger', async () => {
    const { repo, configFile } = await repoWithSpend(
      '  perTask: 2\n  perMonth: 100\n  perPersonMonth: 1.00',
      [['ann', 900_000]],
    );
    // Bob's first task costs $0.8525; with the next call's worst case (about $0.165) that is
    // over his $1.00.
    h.script({ openai: [{ content: answer(), promptTokens: 602_000, completionTokens: 10_000 }] });
    const before = h.counts();
    const runner = await createLocalRunner({
      repoDir: repo,
      configFile,
      models: { type: 'config' },
      env: { [KEY_ENV]: KEY },
    });
    const ann = await runner.runTask(premiumTask('ann-over', 'ann'));
    expect(ann.status === 'failed' && ann.reason).toContain('work started by ann this month');
    const bob = await runner.runTask(premiumTask('bob-first', 'bob'));
    expect(bob.status).toBe('delivered');
    expect(bob.cost.actualMicros).toBe(752_500 + 100_000);
    const bobAgain = await runner.runTask(premiumTask('bob-second', 'bob'));
    expect(bobAgain).toMatchObject({ status: 'failed', stage: 'budget' });
    expect(bobAgain.status === 'failed' && bobAgain.reason).toContain(
      'work started by bob this month (',
    );
    expect(modelsReceived(h.openai, before.openai)).toEqual(['gpt-5']);
    const failed = (await ledgerOf(repo, 'local/site#bob-second')).at(-1);
    expect(failed).toMatchObject({ event: 'failed', data: { budget: 'perPersonMonth' } });
  });
});
