import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { steppingClock } from '../../src/core/clock.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import type { Permission } from '../../src/forge/forge.js';
import { parseEvent } from '../../src/jobs/events.js';
import { signoffJob } from '../../src/jobs/signoff-job.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { TaskRecord } from '../../src/pipeline/task-record.js';
import { route } from '../../src/routing/router.js';
import { MemoryLedger } from '../support/memory-ledger-store.js';

const DEFAULT_TEXT = await readFile(defaultConfigPath(), 'utf8');
const COMMIT = 'a'.repeat(40);

/** The shipped config with `risk.levels.<risk>.approvers` set, parsed as a repository's would be. */
function configNeeding(approvers: number) {
  const text =
    DEFAULT_TEXT.replace(/^risk:.*$/m, '') + // the shipped `risk:` is replaced whole
    `\nrisk:\n  levels:\n    low: { approvers: ${approvers} }\n    medium: { approvers: ${approvers} }\n    high: { approvers: ${approvers} }\n`;
  return parseConfig(text, 'aios.yml');
}

async function deliveredWorld(approvers: number) {
  const loaded = configNeeding(approvers);
  const ledger = new MemoryLedger();
  const store = ledger.store(steppingClock(new Date('2026-11-01T00:00:00Z')));
  const task = buildTask({
    id: 'acme/site#7',
    source: {
      type: 'issue',
      owner: 'acme',
      repo: 'site',
      number: 7,
      url: 'https://github.com/acme/site/issues/7',
      isPullRequest: false,
    },
    title: 'Post',
    body: 'Draft the launch post.',
    labels: ['aios', 'blog'],
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-01T00:00:00Z'),
  });
  const d = route({ task, config: loaded.config, configHash: loaded.hash });
  if (d.type !== 'route') throw new Error('expected a route');
  const record = TaskRecord.of(store, task, d.plan);
  await record.planned(task, d.plan);
  await record.delivered(
    d.plan,
    {
      branch: 'aios/issue-7',
      commit: COMMIT,
      committed: true,
      pr: { number: 8, url: 'https://github.com/acme/site/pull/8', created: true },
    },
    { files: [{ path: 'a.md' }], attempts: 1, cost: { actualMicros: 0, shadowMicros: 0 } },
  );
  await store.flush();
  const permissions: Record<string, Permission> = { ann: 'write', bob: 'write', cat: 'maintain' };
  let reviewId = 100;
  const review = async (login: string, state: string, commit = COMMIT) => {
    const event = parseEvent('pull_request_review', {
      action: 'submitted',
      review: {
        id: ++reviewId,
        state,
        user: { login, id: 1 },
        submitted_at: '2026-11-01T01:00:00Z',
        commit_id: commit,
      },
      pull_request: {
        number: 8,
        title: 'Post',
        body: '<!-- aios:task acme/site#7 -->',
        html_url: 'https://github.com/acme/site/pull/8',
        head: { ref: 'aios/issue-7', sha: COMMIT },
        base: { ref: 'main' },
        user: { login: 'aios[bot]', id: 2, type: 'Bot' },
        labels: [],
        created_at: '2026-11-01T00:30:00Z',
      },
      repository: { name: 'site', owner: { login: 'acme' }, default_branch: 'main' },
      sender: { login, id: 1 },
    });
    const result = await signoffJob(event, {
      forge: { owner: 'acme', repo: 'site', permission: async (l) => permissions[l] ?? 'none' },
      ledger: ledger.store(steppingClock(new Date(`2026-11-01T0${reviewId - 99}:00:00Z`))),
      config: loaded,
      log: () => undefined,
    });
    const signoffs: Extract<LedgerEntry, { event: 'signoff' }>[] = [];
    for await (const e of ledger.store(steppingClock(new Date())).entries({ task: task.id }))
      if (e.event === 'signoff') signoffs.push(e);
    return { summary: result.summary, entry: signoffs.at(-1) };
  };
  return { review };
}

describe('the signoff job counts the approvers the risk level needs', () => {
  it('signs off only when that many distinct allowed approvers approved the delivered commit', async () => {
    const { review } = await deliveredWorld(2);
    const first = await review('bob', 'APPROVED');
    expect(first.entry?.data).toMatchObject({
      counts: true,
      signedOff: false,
      approvals: { have: 1, need: 2 },
    });
    expect(first.summary).toMatch(/1 of 2 approvals .*not yet signed off/);
    // The same person again is still one approver.
    const again = await review('bob', 'APPROVED');
    expect(again.entry?.data).toMatchObject({ signedOff: false, approvals: { have: 1, need: 2 } });
    // An approval of another commit, and one by someone without write access, do not count.
    expect((await review('cat', 'APPROVED', 'b'.repeat(40))).entry?.data.approvals).toEqual({
      have: 1,
      need: 2,
    });
    expect((await review('eve', 'APPROVED')).entry?.data.approvals).toEqual({ have: 1, need: 2 });
    const second = await review('cat', 'APPROVED');
    expect(second.entry?.data).toMatchObject({ signedOff: true, approvals: { have: 2, need: 2 } });
    expect(second.summary).toMatch(/signed off by cat \(2 of 2 approvals\)/);
  });

  it('a later request for changes withdraws a person’s approval; a comment does not', async () => {
    const { review } = await deliveredWorld(2);
    await review('bob', 'APPROVED');
    await review('bob', 'COMMENTED');
    expect((await review('cat', 'APPROVED')).entry?.data.signedOff).toBe(true);
    const w = await deliveredWorld(2);
    await w.review('bob', 'APPROVED');
    await w.review('bob', 'CHANGES_REQUESTED');
    const cat = await w.review('cat', 'APPROVED');
    expect(cat.entry?.data).toMatchObject({ signedOff: false, approvals: { have: 1, need: 2 } });
  });

  it('one approval is the sign-off when the level asks for none or one', async () => {
    const { review } = await deliveredWorld(0);
    expect((await review('bob', 'APPROVED')).entry?.data).toMatchObject({
      signedOff: true,
      approvals: { have: 1, need: 1 },
    });
  });
});
