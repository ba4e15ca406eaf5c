import { describe, expect, it } from 'vitest';
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
      ...html.matchAll(/<tr class="total"><th scope="row">total<\/th>((?:<td[^>]*>[^<]*<\/td>)+)/g),
    ].map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]));
    expect(share.length).toBeGreaterThan(0);
    for (const cells of share.filter((c) => c.length > 10)) expect(cells[3]).toBe('–');
    const md = renderReportMarkdown(r);
    expect(md).not.toMatch(/NaN|Infinity/);
    expect(md).toContain('$0.00');
    expect(md).not.toContain('$0.0000');
  });
});
