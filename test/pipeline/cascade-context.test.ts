/**
 * A cascade's escalated attempt is shown the context its own tier's prompt budget allows, not
 * what the cheap tier had room for: over the port fakes, with the shipped config (the local
 * tier's window is 8,192 tokens, the premium tier's the default 12,000) and a named file far
 * larger than either.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { promptBudget } from '../../src/context/task-context.js';
import { openGitWorkspace } from '../../src/context/workspace.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { rebuildPromptsIn } from '../../src/reports/rebuild-prompts.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { runTask } from '../../src/pipeline/run-task.js';
import { FakeProvider, answerJson, type FakeStep } from '../support/fake-provider.js';
import { issueTask, pipelineOverFakes } from '../support/pipeline-fakes.js';
import { tempRepo } from '../support/temp-repo.js';

const WRITING_ROUTE =
  '    route: { persona: editor, tier: premium, maxAttempts: 2, fallback: none }';
const CASCADE_ROUTE =
  '    route: { persona: editor, tier: local, maxAttempts: 2, fallback: escalate-on-gate-fail, escalateTo: [premium] }';
const POST = '# Launch\n\nWe launched a new site today.\n';
// markdown-lint sends this back (no top-level heading first).
const BAD = 'Launch\n\n\n\nText\n';

/** A long style guide: every section says something the task's words match. */
const GUIDE = Array.from(
  { length: 400 },
  (_, i) =>
    `## Launch section ${i}\n\nLaunch posts name the product, the date and the launch page; section ${i} adds one more rule about launch wording for the site.\n`,
).join('\n');

type Attempt = Extract<LedgerEntry, { event: 'attempt' }>;

async function world(route: string, scripts: Record<string, FakeStep[]>) {
  const files = { 'README.md': '# Site\n', 'docs/style-guide.md': GUIDE };
  const w = await pipelineOverFakes([], files);
  const text = await readFile(defaultConfigPath(), 'utf8');
  expect(text).toContain(WRITING_ROUTE);
  const config = parseConfig(text.replace(WRITING_ROUTE, route), 'aios.yml');
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

const task = () =>
  issueTask(
    ['aios', 'blog'],
    'Draft a short post about the launch, following docs/style-guide.md for launch wording.',
  );

describe('an escalated cascade attempt', () => {
  it('is shown the context its own tier’s budget allows', async () => {
    const w = await world(CASCADE_ROUTE, {
      'local-llama': [{ text: answerJson({ files: [{ path: 'posts/launch.md', content: BAD }] }) }],
      'premium-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) }, // the reviewer
      ],
    });
    const config = w.config.config;
    const [local, premium] = [promptBudget(config, 'local'), promptBudget(config, 'premium')];
    expect(premium).toBeGreaterThan(local);
    const outcome = await runTask(task(), w.deps);
    expect(outcome.status).toBe('delivered');
    const work = w.ledger
      .all()
      .filter(
        (e): e is Attempt =>
          e.event === 'attempt' && e.actor.type === 'model' && e.actor.persona === 'editor',
      );
    expect(work.map((e) => e.actor.type === 'model' && e.actor.tier)).toEqual(['local', 'premium']);
    const [cheap, escalated] = work.map((e) => e.data.context);
    if (!cheap || !escalated) throw new Error('no context record');
    expect(cheap.budget).toBe(local);
    expect(escalated.budget).toBe(premium);
    // The guide does not fit either window: the premium attempt is shown more of it.
    const guideTokens = (c: typeof cheap) =>
      c.shown.find((s) => s.path === 'docs/style-guide.md')?.tokens ?? 0;
    expect(guideTokens(cheap)).toBeGreaterThan(0);
    expect(guideTokens(escalated)).toBeGreaterThan(guideTokens(cheap));
    expect(escalated.tokens).toBeGreaterThan(cheap.tokens);
    expect(escalated.tokens).toBeLessThanOrEqual(premium);
    // The prompts sent say the same as the records: the premium prompt is the longer one.
    const sent = (model: string) =>
      JSON.stringify(w.providers.get(model)?.requests[0]?.messages ?? []).length;
    expect(sent('premium-gpt')).toBeGreaterThan(sent('local-llama'));
    // The escalated attempt still carries the cheap attempt's findings.
    expect(JSON.stringify(w.providers.get('premium-gpt')?.requests[0]?.messages)).toContain(
      'Attempt 1 was sent back by the quality gates',
    );
  });

  it('a send-back on the same tier reuses the context it was gathered with', async () => {
    const w = await world(WRITING_ROUTE, {
      'premium-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: BAD }] }) },
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) },
      ],
    });
    const outcome = await runTask(task(), w.deps);
    expect(outcome.status).toBe('delivered');
    const [first, second] = w.ledger
      .all()
      .filter(
        (e): e is Attempt =>
          e.event === 'attempt' && e.actor.type === 'model' && e.actor.persona === 'editor',
      )
      .map((e) => e.data.context);
    expect(second).toEqual(first);
  });
});

describe('an escalated attempt’s prompt record', () => {
  it('rebuilds the prompt the dearer tier was sent, from the ledger’s objects alone', async () => {
    const w = await world(CASCADE_ROUTE, {
      'local-llama': [{ text: answerJson({ files: [{ path: 'posts/launch.md', content: BAD }] }) }],
      'premium-gpt': [
        { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
        { text: answerJson({ files: [] }) },
      ],
    });
    const repo = await tempRepo({ 'README.md': '# Site\n', 'docs/style-guide.md': GUIDE });
    const ledger = await GitLedgerStore.open({
      repoDir: repo,
      branch: 'aios-ledger',
      clock: w.clock,
    });
    // Every object id the run hands the ledger to keep, once per time it is handed.
    const handed: string[] = [];
    const keep = ledger.keep.bind(ledger);
    ledger.keep = (objects) => {
      handed.push(...objects.map((o) => o.id));
      return keep(objects);
    };
    const workspace = await openGitWorkspace(repo);
    const outcome = await runTask(task(), { ...w.deps, ledger, workspace }).finally(() =>
      workspace.close(),
    );
    expect(outcome.status).toBe('delivered');
    await ledger.flush();
    const entries: LedgerEntry[] = [];
    for await (const e of readLedger(repo, 'refs/heads/aios-ledger')) entries.push(e);
    // The texts both stages share (task, persona, standards) and the files both showed are
    // read and kept once for the task, not once per stage.
    const records = entries.filter(
      (e): e is Attempt =>
        e.event === 'attempt' && e.actor.type === 'model' && e.actor.persona === 'editor',
    );
    expect(records).toHaveLength(2);
    const baseIds = new Set<string>();
    for (const e of records) {
      const p = e.data.prompt;
      if (!p) throw new Error('an attempt without a prompt record');
      for (const id of [p.task, p.persona, ...Object.values(p.standards ?? {})]) baseIds.add(id);
      for (const s of e.data.context?.shown ?? []) if (s.why !== 'lesson') baseIds.add(s.blob);
    }
    expect(baseIds.size).toBeGreaterThan(2);
    // The planned entry keeps its own task snapshot (pipeline/task-record.ts): the same text.
    const snapshots = entries.flatMap((e) =>
      e.event === 'planned' && e.data.snapshot ? [e.data.snapshot] : [],
    );
    for (const id of baseIds)
      expect(
        handed.filter((h) => h === id),
        id,
      ).toHaveLength(1 + snapshots.filter((x) => x === id).length);
    const rebuilt = (await rebuildPromptsIn(repo, entries)).filter(
      (r) => r.purpose === 'work' && r.persona === 'editor',
    );
    expect(rebuilt.map((r) => [r.attempt, r.modelId, r.error])).toEqual([
      [1, 'local-llama', undefined],
      [2, 'premium-gpt', undefined],
    ]);
    const sent = (model: string) =>
      w.providers
        .get(model)
        ?.requests[0]?.messages.map((m) => ({ role: m.role, content: m.content }));
    expect(rebuilt[0]?.messages).toEqual(sent('local-llama'));
    expect(rebuilt[1]?.messages).toEqual(sent('premium-gpt'));
  });
});
