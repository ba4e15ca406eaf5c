import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { buildReceipt } from '../../src/reports/receipt.js';
import { renderReceiptMarkdown } from '../../src/reports/receipt-render.js';
import type { ReportEntry } from '../../src/reports/report-entry.js';
import { renderReportHtml } from '../../src/reports/report-html.js';
import { renderReportMarkdown } from '../../src/reports/report-markdown.js';
import { renderReportTable } from '../../src/reports/report-table.js';
import { buildReport } from '../../src/reports/report.js';
import { compareWithPremium, relation } from '../../src/reports/savings-phrase.js';
import { PRICING } from '../ledger/fixture-ledger.js';

const base = { work: { kind: 'writing', client: 'acme' }, rule: { id: 'writing-in-voice' } };
const entry = (task: string, at: string, rest: Record<string, unknown>): ReportEntry =>
  ({ ...base, task, at, ...rest }) as unknown as ReportEntry;
/** A call on a local model: tokens the premium model would have charged for, nothing spent. */
const localCall = (task: string, at: string, micros: number, tokens: number) =>
  entry(task, at, {
    event: 'attempt',
    actor: {
      type: 'model',
      provider: 'ollama',
      model: 'llama',
      modelId: 'local-llama',
      persona: 'editor',
      tier: 'local',
      scripted: false,
    },
    usage: { inputTokens: tokens, outputTokens: tokens, cachedInputTokens: 0, durationMs: 1 },
    cost: { billing: 'local', actualMicros: micros, shadowMicros: micros },
    data: { attempt: 1, outcome: 'ok', decision: 'done' },
  });

describe('savings said as a comparison a client understands', () => {
  it('never a negative "less", a percentage of nothing, or a zero that was spent', () => {
    // Spending 257.8 times the premium price once read "-25676.1% less".
    expect(relation(257_761, 1_000)).toBe('258 times as much');
    expect(relation(2_400, 1_000)).toBe('2.4 times as much');
    expect(relation(1_300, 1_000)).toBe('30% more');
    expect(relation(250, 1_000)).toBe('75% less');
    expect(relation(3, 1_000)).toBe('less than 1% of that');
    expect(relation(1_000, 1_000)).toBe('the same');
    // "saved $0.0072 … spent $0.0000" is now said in words.
    const free = compareWithPremium({
      spentMicros: 0,
      premiumMicros: 7_200,
      premiumModel: 'premium-gpt',
      calls: 1,
    });
    expect(free).toBe(
      'the same 1 call at premium-gpt would have cost $0.0072; AIOS spent nothing on models and seats',
    );
    const nothing = compareWithPremium({
      spentMicros: 0,
      premiumMicros: 0,
      premiumModel: 'premium-gpt',
      calls: 0,
    });
    expect(nothing).not.toMatch(/%|\$0\.0000/);
    for (const text of [free, nothing]) expect(text).not.toMatch(/-\d|NaN|Infinity/);
  });

  it('a report that spent 250 times the premium price says so in every format', async () => {
    const r = await buildReport(
      [
        localCall('acme/site#1', '2026-11-01T09:00:00.000Z', 2_000_000, 100),
        entry('acme/site#1', '2026-11-01T09:01:00.000Z', {
          event: 'delivered',
          actor: { type: 'system', component: 'deliver' },
          estimate: { minutes: 60 },
        }),
      ],
      { pricing: PRICING },
    );
    expect(r.total.savingsMicros).toBeLessThan(0);
    const table = renderReportTable(r);
    const md = renderReportMarkdown(r);
    const html = renderReportHtml(r);
    for (const text of [table, md, html]) {
      expect(text).not.toMatch(/-[\d,.]+% less/);
      expect(text).toMatch(/times as much/);
      expect(text).not.toMatch(/\$\d+\.\d{6}/); // no micro-dollar leaks into a human figure
    }
    expect(table).toMatch(/Spent more than premium-gpt would have: \$2\.00 more/);
  });
});

describe('a zero total draws no bars and no percentages', () => {
  it('renders a report of work that cost nothing without charts of nothing or shares of zero', async () => {
    const r = await buildReport(
      [
        localCall('acme/site#1', '2026-11-01T09:00:00.000Z', 0, 0),
        entry('acme/site#1', '2026-11-01T09:02:00.000Z', {
          event: 'failed',
          actor: { type: 'system', component: 'runner' },
          data: { stage: 'work', reason: 'stopped' },
        }),
      ],
      { pricing: { ...PRICING, premium: PRICING.premium } },
    );
    expect(r.total.spendMicros).toBe(0);
    const html = renderReportHtml(r);
    // No spend chart, no savings bars, no by-hand bars: nothing but the sentences.
    const charts = [...html.matchAll(/<title id="chart-\d+-t">([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(charts).toEqual(['Acceptance, send-back and ask rates by month']);
    expect(html).not.toMatch(/<rect[^>]*data-value/);
    expect(html).toContain('Nothing was spent in this window');
    // Share cells say there is nothing to divide, not 0.0% or NaN%.
    expect(html).not.toMatch(/NaN|Infinity/);
    // The share column (the 5th) of a zero total: an en dash, not 0.0% or 100.0%.
    const share = [
      ...html.matchAll(
        /<tr[^>]*class="total"[^>]*><th[^>]*>total<\/th>((?:<td[^>]*>[^<]*<\/td>)+)/g,
      ),
    ].map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]));
    expect(share.length).toBeGreaterThan(0);
    for (const cells of share.filter((c) => c.length > 10)) expect(cells[3]).toBe('–');
    const md = renderReportMarkdown(r);
    expect(md).not.toMatch(/NaN|Infinity/);
    expect(md).toContain('$0.00');
    expect(md).not.toContain('$0.0000');
  });
});

describe('the receipt says where a task stands', () => {
  const at = (m: number) => `2026-11-01T09:${String(m).padStart(2, '0')}:00.000Z`;
  const e = (m: number, rest: Record<string, unknown>) =>
    ({
      ...base,
      work: { ...base.work, risk: 'low' },
      rule: { id: 'writing-in-voice', configHash: 'h' },
      id: `0${m}`,
      prev: null,
      task: 'acme/site#7',
      at: at(m),
      ...rest,
    }) as unknown as LedgerEntry;
  const planned = (m: number) =>
    e(m, {
      event: 'planned',
      actor: { type: 'system', component: 'router' },
      data: {
        title: 'T',
        source: 'acme/site#7',
        textHash: 'x',
        requestedBy: 'ann',
        persona: 'editor',
        tier: 'local',
        models: ['local-llama'],
        gates: [],
        maxAttempts: 2,
        reason: 'r',
        trace: [],
        estimate: { minutes: 60 },
      },
    });
  const call = (m: number, outcome: string) =>
    e(m, {
      ...localCall('acme/site#7', at(m), 0, 1),
      id: `0${m}`,
      prev: null,
      rule: { id: 'writing-in-voice', configHash: 'h' },
      data: { attempt: 1, call: 1, purpose: 'work', outcome },
    });
  const receipt = (entries: LedgerEntry[]) => buildReceipt(entries, { pricing: PRICING });

  it('never "in progress" for a task that ended: failed, asked, declined or cancelled', () => {
    const failed = (m: number, errorClass?: string) =>
      e(m, {
        event: 'failed',
        actor: { type: 'system', component: 'runner' },
        data: { stage: 'work', reason: 'stopped', ...(errorClass ? { errorClass } : {}) },
      });
    expect(receipt([planned(1), call(2, 'error'), failed(3)]).status).toBe('failed');
    expect(receipt([planned(1), call(2, 'cancelled'), failed(3, 'cancelled')]).status).toBe(
      'cancelled',
    );
    // Stopped by Ctrl-C before its `failed` was written: still not running.
    expect(receipt([planned(1), call(2, 'cancelled')]).status).toBe('cancelled');
    expect(
      receipt([
        planned(1),
        e(2, {
          event: 'asked',
          actor: { type: 'system', component: 'runner' },
          data: { stage: 'work', reason: 'unsure', questions: ['Who?'] },
        }),
      ]).status,
    ).toBe('asked');
    expect(
      receipt([
        planned(1),
        e(2, {
          event: 'declined',
          actor: { type: 'system', component: 'runner' },
          data: { reason: 'not mine' },
        }),
      ]).status,
    ).toBe('declined');
    const md = renderReceiptMarkdown(receipt([planned(1), call(2, 'cancelled')]));
    expect(md).not.toMatch(/in progress/i);
    // Only a plan with no ending after it is still running.
    expect(receipt([planned(1), call(2, 'ok')]).status).toBe('in progress');
  });

  it('a merge nobody signed off is not accepted, in the receipt as in the report', () => {
    const delivered = e(3, {
      event: 'delivered',
      actor: { type: 'system', component: 'deliver' },
      estimate: { minutes: 60 },
      data: { branch: 'b', commit: 'c'.repeat(40), files: ['a.md'], pr: { url: 'u', number: 1 } },
    });
    const merged = e(5, {
      event: 'outcome',
      actor: { type: 'human', login: 'lead' },
      data: { outcome: 'accepted', by: 'lead', pr: 'u' },
    });
    const unsigned = receipt([planned(1), call(2, 'ok'), delivered, merged]);
    expect(unsigned).toMatchObject({
      status: 'merged-unsigned',
      signedOff: false,
      accepted: false,
    });
    const signoff = e(4, {
      event: 'signoff',
      actor: { type: 'human', login: 'lead' },
      data: { login: 'lead', approved: true, counts: true, pr: 'u', reviewMinutes: 20 },
    });
    const signed = receipt([planned(1), call(2, 'ok'), delivered, signoff, merged]);
    expect(signed).toMatchObject({ status: 'accepted', signedOff: true, accepted: true });
    expect(renderReceiptMarkdown(unsigned)).toContain(
      '**Signed off:** not yet · **Accepted:** no: merged without a sign-off',
    );
    expect(renderReceiptMarkdown(signed)).toContain(
      '**Signed off:** yes, by lead · **Accepted:** yes',
    );
    expect(renderReceiptMarkdown(signed)).toContain('20 min of review');
  });
});
