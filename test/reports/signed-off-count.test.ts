/**
 * Per-risk approver counts (issue 15): one counting approval of two needed is "1 of 2
 * approvals", not "signed off". Every reader takes the sign-off entry's `signedOff`: receipts,
 * reports, ledger commit lines, the CSV export and `aios signoff`.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { describeEntry } from '../../src/ledger/commit-message.js';
import { buildReceipt } from '../../src/reports/receipt.js';
import { renderReceiptMarkdown } from '../../src/reports/receipt-render.js';
import { buildReport } from '../../src/reports/report.js';
import { exportCsv } from '../../src/reports/export-ledger.js';
import type { ReportEntry } from '../../src/reports/report-entry.js';
import { PRICING } from '../ledger/fixture-ledger.js';
import { attempt, planned } from '../support/ledger-drafts.js';

const TASK = 'acme/site#21';
let n = 0;
function entry(draft: object, at: string): LedgerEntry {
  n++;
  return {
    schema: 'aios.ledger/v1',
    id: `01JC${String(n).padStart(22, '0')}`,
    at,
    prev: null,
    ...draft,
  } as LedgerEntry;
}
const base = planned(TASK);
const high = { ...base.work, risk: 'high' as const };
function delivered(at: string): LedgerEntry {
  return entry(
    {
      task: TASK,
      work: high,
      rule: base.rule,
      event: 'delivered',
      actor: { type: 'system', component: 'deliver' },
      estimate: { minutes: 120, source: 'config' },
      data: {
        branch: 'aios/acme.site.21',
        commit: 'c'.repeat(40),
        files: ['a.md'],
        pr: { number: 21, url: 'https://github.com/acme/site/pull/21' },
        attempts: 1,
        totalMicros: 0,
        shadowMicros: 0,
      },
    },
    at,
  );
}
function review(login: string, have: number, need: number, at: string): LedgerEntry {
  return entry(
    {
      task: TASK,
      work: high,
      rule: base.rule,
      event: 'signoff',
      actor: { type: 'human', login },
      data: {
        login,
        approved: true,
        counts: true,
        pr: 'acme/site#21',
        state: 'approved',
        commit: 'c'.repeat(40),
        approvals: { have, need },
        signedOff: have >= need,
      },
    },
    at,
  );
}
const accepted = (at: string): LedgerEntry =>
  entry(
    {
      task: TASK,
      work: high,
      rule: base.rule,
      event: 'outcome',
      actor: { type: 'human', login: 'lead' },
      data: { outcome: 'accepted', by: 'lead', pr: 'acme/site#21' },
    },
    at,
  );

const start = [
  entry({ ...base, work: high }, '2026-11-03T09:00:00.000Z'),
  entry({ ...attempt(TASK, 1), work: high }, '2026-11-03T09:01:00.000Z'),
  delivered('2026-11-03T09:02:00.000Z'),
];
const oneOfTwo = review('dana', 1, 2, '2026-11-03T10:00:00.000Z');
const twoOfTwo = review('lee', 2, 2, '2026-11-03T11:00:00.000Z');

describe('one approval of two needed is not a sign-off', () => {
  it('the ledger commit line says "1 of 2 approvals, not yet signed off", then "signed off"', () => {
    expect(describeEntry(oneOfTwo)).toBe(
      'acme/site#21 approved (1 of 2 approvals), not yet signed off by dana',
    );
    expect(describeEntry(twoOfTwo)).toBe('acme/site#21 signed off (2 of 2 approvals) by lee');
  });

  it('the receipt is not signed off, and a merge then is not an accepted outcome', () => {
    const r = buildReceipt([...start, oneOfTwo, accepted('2026-11-03T12:00:00.000Z')], {
      pricing: PRICING,
    });
    expect(r.signedOff).toBe(false);
    expect(r.status).toBe('merged-unsigned');
    expect(r.accepted).toBe(false);
    const md = renderReceiptMarkdown(r);
    expect(md).toContain('**Signed off:** not yet: 1 of 2 approvals');
    expect(md).toContain('(1 of 2 approvals, not yet signed off)');
    expect(md).not.toMatch(/reviewed and approved it/);
  });

  it('the receipt is signed off once the second approver approves', () => {
    const r = buildReceipt([...start, oneOfTwo, twoOfTwo, accepted('2026-11-03T12:00:00.000Z')], {
      pricing: PRICING,
    });
    expect(r.signedOff).toBe(true);
    expect(r.status).toBe('accepted');
    expect(renderReceiptMarkdown(r)).toContain('**Signed off:** yes, by lee (2 of 2 approvals)');
  });

  it('the report counts neither a sign-off nor an accepted outcome for one of two', async () => {
    const one = await buildReport(
      [...start, oneOfTwo, accepted('2026-11-03T12:00:00.000Z')] as unknown as ReportEntry[],
      { pricing: PRICING },
    );
    expect(one.total).toMatchObject({ signedOff: 0, accepted: 0, acceptedUnsigned: 1 });
    const two = await buildReport(
      [
        ...start,
        oneOfTwo,
        twoOfTwo,
        accepted('2026-11-03T12:00:00.000Z'),
      ] as unknown as ReportEntry[],
      { pricing: PRICING },
    );
    expect(two.total).toMatchObject({ signedOff: 1, accepted: 1, acceptedUnsigned: 0 });
  });

  it('the CSV export says which approval signed the task off', async () => {
    let csv = '';
    async function* entries(): AsyncGenerator<LedgerEntry> {
      yield oneOfTwo;
      yield twoOfTwo;
    }
    await exportCsv(entries(), (c) => {
      csv += c;
    });
    expect(csv).toContain('dana, approved (1 of 2 approvals), not yet signed off');
    expect(csv).toContain('lee, signed off (2 of 2 approvals)');
  });

  it('the CSV export writes a batch of entries as one chunk, the same text as one at a time', async () => {
    const singly: string[] = [];
    async function* each(): AsyncGenerator<LedgerEntry> {
      yield oneOfTwo;
      yield twoOfTwo;
    }
    await exportCsv(each(), (c) => {
      singly.push(c);
    });
    const batched: string[] = [];
    async function* batch(): AsyncGenerator<readonly LedgerEntry[]> {
      yield [oneOfTwo, twoOfTwo];
    }
    expect(
      await exportCsv(batch(), (c) => {
        batched.push(c);
      }),
    ).toBe(2);
    // The header, then the batch's two lines together.
    expect(batched).toHaveLength(2);
    expect(batched.join('')).toBe(singly.join(''));
  });

  it('an entry from before the count (no signedOff) keeps its meaning: one counting approval', () => {
    const old = review('dana', 1, 1, '2026-11-03T10:00:00.000Z') as Extract<
      LedgerEntry,
      { event: 'signoff' }
    >;
    const { approvals: _a, signedOff: _s, ...data } = old.data;
    const legacy = { ...old, data } as LedgerEntry;
    expect(describeEntry(legacy)).toBe('acme/site#21 signed off by dana');
    expect(buildReceipt([...start, legacy], { pricing: PRICING }).signedOff).toBe(true);
  });
});
