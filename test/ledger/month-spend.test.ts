import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/core/clock.js';
import { LedgerError } from '../../src/core/errors.js';
import type { LedgerDraft } from '../../src/core/ledger-entry.js';
import { commitFiles } from '../../src/git/commit-files.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import {
  entryFileTime,
  MonthSpend,
  monthOf,
  readMonthSpend,
  spendFromEntries,
  UNKNOWN_PERSON,
} from '../../src/ledger/month-spend.js';
import { tempRepo } from '../support/temp-repo.js';

/** A clock the test sets before each entry, so ids and times are exactly what it says. */
function settableClock(): Clock & { set(iso: string): void } {
  let t = 0;
  return {
    set: (iso) => void (t = Date.parse(iso)),
    now: () => new Date(t),
    newId: () => ulid(t),
  };
}

const base = (task: string) => ({
  task,
  work: { kind: 'writing', risk: 'medium' as const, client: 'acme' },
  rule: { id: 'r', configHash: 'h' },
});

const planned = (task: string, requestedBy: string, tier: string): LedgerDraft => ({
  ...base(task),
  event: 'planned',
  actor: { type: 'system', component: 'router' },
  data: {
    title: 't',
    source: 's',
    textHash: '0'.repeat(64),
    requestedBy,
    persona: 'editor',
    tier,
    models: ['m'],
    gates: [],
    maxAttempts: 1,
    reason: 'r',
    trace: [],
    estimate: { minutes: 60, source: 's' },
  },
});

const price = {
  model: 'm',
  inputPerMTokMicros: 0,
  outputPerMTokMicros: 0,
  cachedInputPerMTokMicros: 0,
  perSecondMicros: 0,
};
const attempt = (task: string, tier: string, micros: number): LedgerDraft => ({
  ...base(task),
  event: 'attempt',
  actor: {
    type: 'model',
    provider: 'openai',
    model: 'm',
    modelId: 'm',
    persona: 'editor',
    tier,
    scripted: false,
  },
  usage: { inputTokens: 1, outputTokens: 1, cachedInputTokens: 0, durationMs: 1 },
  cost: { billing: 'api', actualMicros: micros, shadowMicros: micros, price },
  data: { attempt: 1, call: 1, purpose: 'work', outcome: 'ok' },
});

async function ledgerOf(
  steps: [at: string, draft: LedgerDraft][],
): Promise<{ repo: string; ref: string }> {
  const repo = await tempRepo();
  const clock = settableClock();
  const store = await GitLedgerStore.open({ repoDir: repo, branch: 'aios-ledger', clock });
  for (const [at, draft] of steps) {
    clock.set(at);
    await store.append(draft);
  }
  await store.flush();
  return { repo, ref: store.readRef };
}

describe('month spend from the ledger', () => {
  it('sums this month’s calls by tier and by the person who started each run', async () => {
    const { repo, ref } = await ledgerOf([
      // A task started in October by ann, re-run in November by bob: the re-run is bob's.
      ['2026-10-20T10:00:00.000Z', planned('acme/site#1', 'ann', 'premium')],
      ['2026-10-20T10:01:00.000Z', attempt('acme/site#1', 'premium', 1_000)],
      ['2026-11-03T09:00:00.000Z', planned('acme/site#1', 'bob', 'premium')],
      ['2026-11-03T09:01:00.000Z', attempt('acme/site#1', 'premium', 2_000)],
      // The month boundary, to the millisecond.
      ['2026-10-31T23:00:00.000Z', planned('acme/site#3', 'chen', 'local')],
      ['2026-10-31T23:59:59.999Z', attempt('acme/site#3', 'local', 700)],
      ['2026-11-01T00:00:00.000Z', attempt('acme/site#3', 'local', 800)],
      ['2026-11-05T08:00:00.000Z', planned('acme/site#2', 'ann', 'flat')],
      ['2026-11-05T08:01:00.000Z', attempt('acme/site#2', 'flat', 300)],
      ['2026-11-05T08:02:00.000Z', attempt('acme/site#2', 'flat', 0)],
      // A call whose task has no planned entry, and one in the next month.
      ['2026-11-06T08:00:00.000Z', attempt('acme/site#4', 'flat', 50)],
      ['2026-12-01T00:00:00.000Z', attempt('acme/site#2', 'flat', 9_999)],
    ]);
    const now = new Date('2026-11-20T12:00:00Z');
    const fast = await readMonthSpend({ repoDir: repo, ref, now });
    const full = await spendFromEntries(readLedger(repo, ref), now);
    for (const spend of [fast, full]) {
      expect(spend.month).toBe('2026-11');
      expect(spend.totalMicros).toBe(2_000 + 800 + 300 + 50);
      expect(spend.personMicros('bob')).toBe(2_000);
      expect(spend.personMicros('ann')).toBe(300);
      expect(spend.personMicros('chen')).toBe(800);
      expect(spend.personMicros(UNKNOWN_PERSON)).toBe(50);
      expect(spend.tierMicros('premium')).toBe(2_000);
      expect(spend.tierMicros('flat')).toBe(350);
      expect(spend.tierMicros('local')).toBe(800);
    }
    const october = await readMonthSpend({
      repoDir: repo,
      ref,
      now: new Date('2026-10-31T12:00:00Z'),
    });
    expect(october.totalMicros).toBe(1_700);
    expect(october.personMicros('ann')).toBe(1_000);
    expect(october.personMicros('chen')).toBe(700);
  });

  it('reads nothing from entries written before the month, and refuses a broken one within it', async () => {
    const { repo, ref } = await ledgerOf([
      ['2026-11-02T00:00:00.000Z', planned('acme/site#1', 'ann', 'flat')],
      ['2026-11-02T00:01:00.000Z', attempt('acme/site#1', 'flat', 10)],
    ]);
    const old = `ledger/2026/09/acme.site.9/${ulid(Date.parse('2026-09-10T00:00:00Z'))}-attempt.json`;
    const tip = await commitFiles(repo, {
      ref,
      parent: `${ref}^0`,
      files: [{ path: old, content: '{ not json' }],
      message: 'a broken old entry\n',
      author: { name: 't', email: 't@example.com' },
      time: 1_790_000_000,
    });
    const now = new Date('2026-11-20T00:00:00Z');
    expect((await readMonthSpend({ repoDir: repo, ref, now })).totalMicros).toBe(10);
    // The full reader parses every entry, so the same ledger stops it: the fast path skipped it.
    await expect(spendFromEntries(readLedger(repo, ref), now)).rejects.toThrow(/not valid JSON/);

    const recent = `ledger/2026/11/acme.site.1/${ulid(Date.parse('2026-11-03T00:00:00Z'))}-attempt.json`;
    await commitFiles(repo, {
      ref,
      parent: tip,
      files: [
        {
          path: recent,
          content: JSON.stringify({ event: 'attempt', task: 'x', cost: { actualMicros: -5 } }),
        },
      ],
      message: 'a broken recent entry\n',
      author: { name: 't', email: 't@example.com' },
      time: 1_790_000_001,
    });
    const error = await readMonthSpend({ repoDir: repo, ref, now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as LedgerError).message).toContain(recent);
  });

  it('is empty when there is no ledger branch yet', async () => {
    const repo = await tempRepo();
    const spend = await readMonthSpend({
      repoDir: repo,
      ref: 'refs/heads/aios-ledger',
      now: new Date('2026-11-20T00:00:00Z'),
    });
    expect(spend.totalMicros).toBe(0);
  });

  it('names months in UTC and reads entry times from file names', () => {
    expect(monthOf(new Date('2026-11-30T23:59:59.999Z'))).toBe('2026-11');
    expect(monthOf(new Date('2026-12-01T00:00:00.000Z'))).toBe('2026-12');
    const t = Date.parse('2026-11-03T04:05:06.007Z');
    expect(entryFileTime(`${ulid(t)}-attempt.json`)).toBe(t);
    expect(entryFileTime('README.json')).toBeNaN();
    const spend = new MonthSpend('2026-11');
    spend.add(0, { tier: 'a', person: 'b' });
    spend.add(5, { tier: 'a', person: 'b' });
    expect([spend.totalMicros, spend.tierMicros('a'), spend.personMicros('b')]).toEqual([5, 5, 5]);
  });
});
