import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-repo.js';
import { describe, expect, it } from 'vitest';
import { gatherContext } from '../../src/context/gather-context.js';
import { pastTasksOf } from '../../src/context/past-tasks.js';
import { replayContext } from '../../src/context/replay-context.js';
import { lessonsFor } from '../../src/context/task-lessons.js';
import type { Workspace } from '../../src/context/workspace.js';
import { steppingClock } from '../../src/core/clock.js';
import type { LedgerDraft } from '../../src/core/ledger-entry.js';
import type { Task } from '../../src/core/task.js';
import { buildPrompt } from '../../src/personas/build-prompt.js';
import { MemoryLedgerStore } from '../support/memory-ledger-store.js';
import { planned } from '../support/ledger-drafts.js';

const work = (client: string | undefined, kind = 'writing') => ({
  kind,
  risk: 'medium' as const,
  ...(client ? { client } : {}),
});

function pastTask(
  id: string,
  title: string,
  client: string | undefined,
  findings: { gate: string; rule: string; message: string }[],
  kind = 'writing',
): LedgerDraft[] {
  const p = planned(id);
  const drafts: LedgerDraft[] = [
    p.event === 'planned'
      ? { ...p, work: work(client, kind), data: { ...p.data, title, persona: 'editor' } }
      : p,
  ];
  for (const f of findings)
    drafts.push({
      task: id,
      work: work(client, kind),
      rule: { id: 'r', configHash: 'c'.repeat(64) },
      event: 'gate',
      actor: { type: 'system', component: 'gates' },
      data: {
        attempt: 1,
        gate: f.gate,
        pass: false,
        findings: [{ rule: f.rule, severity: 'error', message: f.message, path: 'x.md', line: 3 }],
        durationMs: 5,
      },
    });
  drafts.push({
    task: id,
    work: work(client, kind),
    rule: { id: 'r', configHash: 'c'.repeat(64) },
    event: 'outcome',
    actor: { type: 'human', login: 'ann' },
    data: { outcome: 'accepted', by: 'ann', pr: `${id}-pr` },
  });
  return drafts;
}

async function ledgerWith(drafts: LedgerDraft[]): Promise<MemoryLedgerStore> {
  const store = MemoryLedgerStore.create(steppingClock(new Date('2026-01-01T00:00:00Z')));
  for (const d of drafts) await store.append(d);
  await store.flush();
  return store;
}

function task(title: string, body: string, client?: string): Task {
  return {
    id: 'acme/site#99',
    key: 'acme.site.99',
    source: { type: 'file', path: 'task.md', repo: 'site' },
    title,
    body,
    labels: [],
    ...(client ? { client } : {}),
    requestedBy: 'ann',
    textHash: '0'.repeat(64),
    removed: [],
    receivedAt: '2026-01-02T00:00:00.000Z',
  };
}

const history = (): LedgerDraft[] => [
  ...pastTask('acme/site#1', 'Rewrite the pricing page copy', 'acme', [
    { gate: 'editorial', rule: 'passive-voice', message: 'Use the active voice' },
  ]),
  ...pastTask('acme/site#2', 'Fix the footer links', 'acme', [
    { gate: 'links', rule: 'broken-link', message: 'Link to /old is broken' },
  ]),
  ...pastTask('globex/web#7', 'Rewrite the pricing page headline', 'globex', [
    { gate: 'editorial', rule: 'jargon', message: 'Avoid the word synergy' },
  ]),
  ...pastTask('acme/site#3', 'Add alt text to the gallery', 'acme', [], 'accessibility'),
];

describe('lessons from the ledger', () => {
  it('folds each past task into title, kind, persona, outcome and gate findings', async () => {
    const store = await ledgerWith(history());
    const past = pastTasksOf(store.all());
    const one = past.find((p) => p.task === 'acme/site#1');
    expect(one).toMatchObject({
      title: 'Rewrite the pricing page copy',
      kind: 'writing',
      client: 'acme',
      persona: 'editor',
      outcome: 'accepted by ann',
    });
    expect(one?.findings[0]).toContain('the editorial gate sent back [passive-voice] x.md:3');
  });

  it('opens no index when the ledger holds no other task, and none is a lesson', async () => {
    const dir = await tempDir();
    const indexFile = join(dir, 'cache', 'index.sqlite');
    const settings = { max: 3, shareAcrossClients: true };
    const current = task('Rewrite the pricing page', 'Make the pricing copy friendlier.', 'acme');
    const only = await ledgerWith(pastTask('acme/site#99', 'Rewrite the pricing page', 'acme', []));
    const none = await lessonsFor({
      ledger: only,
      indexFile,
      task: current,
      kind: 'writing',
      client: 'acme',
      settings,
    });
    expect(none).toEqual([]);
    expect(existsSync(indexFile)).toBe(false);
    // With other tasks, the same call indexes them and finds the lesson.
    const found = await lessonsFor({
      ledger: await ledgerWith(history()),
      indexFile,
      task: current,
      kind: 'writing',
      client: 'acme',
      settings,
    });
    expect(found[0]?.task).toBe('acme/site#1');
    expect(existsSync(indexFile)).toBe(true);
  });

  it('gives the most similar past outcomes of the same client only', async () => {
    const store = await ledgerWith(history());
    const lessons = await lessonsFor({
      ledger: store,
      indexFile: undefined,
      task: task('Rewrite the pricing page', 'Make the pricing copy friendlier.', 'acme'),
      kind: 'writing',
      client: 'acme',
      settings: { max: 3, shareAcrossClients: false },
    });
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons.length).toBeLessThanOrEqual(3);
    expect(lessons.every((l) => l.client === 'acme')).toBe(true);
    expect(lessons[0]?.task).toBe('acme/site#1');
    expect(lessons[0]?.text).toContain('Last time on this client (acme)');
    expect(lessons[0]?.text).toContain('passive-voice');
    expect(lessons.map((l) => l.text).join('\n')).not.toContain('synergy');
  });

  it('shares across clients only when the config allows it', async () => {
    const store = await ledgerWith(history());
    const shared = await lessonsFor({
      ledger: store,
      indexFile: undefined,
      task: task('Rewrite the pricing page headline', 'A new headline.', 'acme'),
      kind: 'writing',
      client: 'acme',
      settings: { max: 3, shareAcrossClients: true },
    });
    expect(shared.map((l) => l.task)).toContain('globex/web#7');
    const other = shared.find((l) => l.task === 'globex/web#7');
    expect(other?.text).toContain("On another client's work");
  });

  it('never gives a task itself, nor lessons to a task without a client from clients', async () => {
    const store = await ledgerWith([
      ...history(),
      ...pastTask('acme/site#99', 'Rewrite the pricing page', 'acme', []),
    ]);
    const own = await lessonsFor({
      ledger: store,
      indexFile: undefined,
      task: task('Rewrite the pricing page', ''),
      kind: 'writing',
      client: 'acme',
      settings: { max: 3, shareAcrossClients: false },
    });
    expect(own.map((l) => l.task)).not.toContain('acme/site#99');
    const none = await lessonsFor({
      ledger: store,
      indexFile: undefined,
      task: task('Rewrite the pricing page', ''),
      kind: 'writing',
      client: undefined,
      settings: { max: 3, shareAcrossClients: false },
    });
    expect(none).toEqual([]);
  });

  it('shows lessons in the prompt, records them with why lesson, and replays them', async () => {
    const store = await ledgerWith(history());
    const t = task('Rewrite the pricing page', 'Make the pricing copy friendlier.', 'acme');
    const lessons = await lessonsFor({
      ledger: store,
      indexFile: undefined,
      task: t,
      kind: 'writing',
      client: 'acme',
      settings: { max: 2, shareAcrossClients: false },
    });
    const workspace: Workspace = {
      listFiles: () => Promise.resolve([]),
      readFile: () => Promise.resolve(undefined),
      close: () => Promise.resolve(),
    };
    const context = await gatherContext({
      workspace,
      task: t,
      laneGlobs: [],
      maxTokens: 6000,
      lessons,
    });
    const shown = context.record.shown.filter((s) => s.why === 'lesson');
    expect(shown.length).toBe(lessons.length);
    expect(shown[0]).toMatchObject({ path: 'ledger:acme/site#1', why: 'lesson' });
    expect(shown[0]?.text).toContain('passive-voice');
    const persona = {
      role: 'editor',
      description: 'd',
      instructions: 'i',
      writes: [],
      declines: [],
    } as never;
    const prompt = buildPrompt({ persona, task: t, context, attempt: 1, minConfidence: 0.6 });
    expect(prompt[1]?.content).toContain('Lessons: how the most similar past tasks went');
    expect(prompt[1]?.content).toContain('sent back [passive-voice]');
    const replayed = await replayContext(context.record, t, () => Promise.resolve(undefined));
    expect(
      buildPrompt({ persona, task: t, context: replayed, attempt: 1, minConfidence: 0.6 }),
    ).toEqual(prompt);
  });
});
