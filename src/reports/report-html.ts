import { onePage } from './page-ids.js';
import { htmlPage, htmlTable } from './html-page.js';
import type { LedgerReport, ReportDimension } from './report.js';
import {
  BREAKDOWN_ORDER,
  DIMENSION_TITLES,
  GROUP_COLUMNS,
  headlineFigures,
  scopeLine,
  scriptedNote,
} from './report-summary.js';
import { barChart, rateLines, stackedColumns } from './report-svg.js';
import { count, duration, escapeHtml, percent, share, usd } from './report-text.js';
import { compareWithPremium } from './savings-phrase.js';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function breakdown(report: LedgerReport, d: ReportDimension): string {
  const rows = report.breakdowns[d];
  const name = DIMENSION_TITLES[d];
  // A share of nothing is not drawn: with nothing spent there are no bars and no percentages.
  const chart =
    d === 'month' || report.total.spendMicros <= 0 || !rows.some((r) => r.spendMicros > 0)
      ? ''
      : `<figure>${barChart({
          title: `Spend by ${name}`,
          bars: rows.map((r) => ({
            label: r.key,
            value: r.spendMicros,
            display: `${usd(r.spendMicros)} (${percent(share(r.spendMicros, report.total.spendMicros))})`,
          })),
        })}<figcaption>Everything spent (models, seats, review) by ${escapeHtml(name)}, with its share of the total.</figcaption></figure>`;
  const table = htmlTable({
    caption: `Spend and outcomes by ${name}`,
    header: [{ text: name }, ...GROUP_COLUMNS.map((c) => ({ text: c.title, numeric: c.numeric }))],
    rows: [
      ...rows.map((r) => ({
        cells: [r.key, ...GROUP_COLUMNS.map((c) => c.cell(r, report.total))],
      })),
      {
        cells: ['total', ...GROUP_COLUMNS.map((c) => c.cell(report.total, report.total))],
        total: true,
      },
    ],
  });
  return `<h3 id="by-${d}">By ${escapeHtml(name)}</h3>\n${chart}\n${table}`;
}

/**
 * The report as one self-contained HTML page a consultant can hand over: headline figures,
 * where the money went, savings against the premium model, by-hand time against actual cost,
 * drift of the acceptance, send-back and ask rates, every breakdown with its data table, the
 * seats, and the formulas. Inline CSS and SVG only: no script, no font, nothing fetched.
 */
export function renderReportHtml(
  report: LedgerReport,
  options: { generatedAt?: Date } = {},
): string {
  return onePage(() => reportHtml(report, options));
}

function reportHtml(report: LedgerReport, options: { generatedAt?: Date }): string {
  const t = report.total;
  const figures = headlineFigures(report)
    .map(
      (f) =>
        `<div><dt>${escapeHtml(f.label)}</dt><dd data-figure="${f.id}">${escapeHtml(f.value)}</dd><p class="how">${escapeHtml(f.detail)}</p></div>`,
    )
    .join('\n');
  const note = scriptedNote(report);
  const months = report.breakdowns.month;

  const parts: string[] = [];
  parts.push(
    section(
      'headline',
      'Cost per useful outcome',
      `${note ? `<p class="note" role="note"><strong>Note:</strong> ${escapeHtml(note)}</p>` : ''}
<dl class="figures">${figures}</dl>
<p>Everything spent is counted: every model call (retries, repairs, fallbacks and reviews included), work that was declined, rejected or failed, human review time at ${escapeHtml(usd(report.pricing.reviewHourlyRateMicros))}/h, and flat-rate seats shared over the tasks that used them each month. It is divided by the outcomes a person accepted.</p>`,
    ),
  );

  parts.push(
    section(
      'money',
      'Where the money went',
      `${
        t.spendMicros <= 0
          ? '<p data-figure="nothing-spent">Nothing was spent in this window, so there is no spend to chart.</p>'
          : `<figure>${stackedColumns({
              title: 'Spend by month: model calls, flat-rate seats and human review',
              categories: months.map((m) => m.key),
              series: [
                { name: 'model calls', values: months.map((m) => m.actualMicros) },
                { name: 'seats', values: months.map((m) => m.seatMicros) },
                { name: 'review', values: months.map((m) => m.reviewMicros) },
              ],
              format: usd,
            })}<figcaption>Monthly spend, stacked by component.</figcaption></figure>`
      }
${htmlTable({
  caption: 'Spend by month and component',
  header: [
    { text: 'month' },
    { text: 'model calls', numeric: true },
    { text: 'seats', numeric: true },
    { text: 'review', numeric: true },
    { text: 'spend', numeric: true },
    { text: 'signed off', numeric: true },
    { text: 'accepted', numeric: true },
    { text: 'per accepted', numeric: true },
  ],
  rows: [...months, t].map((m) => ({
    cells: [
      m.key,
      usd(m.actualMicros),
      usd(m.seatMicros),
      usd(m.reviewMicros),
      usd(m.spendMicros),
      count(m.signedOff),
      count(m.accepted),
      m.costPerAcceptedMicros === null ? '–' : usd(m.costPerAcceptedMicros),
    ],
    total: m === t,
  })),
})}
${breakdown(report, 'tier')}`,
    ),
  );

  const premium = report.pricing.premium;
  parts.push(
    section(
      'savings',
      premium ? `Savings against ${premium.modelId}` : 'Savings against a premium model',
      premium
        ? `${
            t.premiumMicros > 0 || t.actualMicros + t.seatMicros > 0
              ? `<figure>${barChart({
                  title: `Actual spend on models and seats against the same calls at ${premium.modelId}`,
                  bars: [
                    {
                      label: `all at ${premium.modelId}`,
                      value: t.premiumMicros,
                      display: usd(t.premiumMicros),
                    },
                    {
                      label: 'actual (models + seats)',
                      value: t.actualMicros + t.seatMicros,
                      display: usd(t.actualMicros + t.seatMicros),
                    },
                  ],
                })}<figcaption>The counterfactual prices every non-scripted call's tokens at ${escapeHtml(premium.modelId)}'s current price.</figcaption></figure>`
              : ''
          }
<p data-figure="savings-line">${escapeHtml(
            capitalise(
              compareWithPremium({
                spentMicros: t.actualMicros + t.seatMicros,
                premiumMicros: t.premiumMicros,
                premiumModel: premium.modelId,
                calls: t.calls - t.scriptedCalls,
              }),
            ),
          )}.</p>`
        : '<p>No API-billed model is configured, so there is no premium price to compare with.</p>',
    ),
  );

  parts.push(
    section(
      'by-hand',
      'By hand, against what it cost',
      `${
        t.byHandMinutes <= 0 && t.reviewSeconds <= 0
          ? ''
          : `<figure>${barChart({
              title: 'Time: by-hand estimate of the delivered work against human review time',
              bars: [
                {
                  label: 'by hand (estimate)',
                  value: t.byHandMinutes,
                  display: duration(t.byHandMinutes),
                },
                {
                  label: 'human review',
                  value: t.reviewSeconds / 60,
                  display: duration(t.reviewSeconds / 60),
                },
              ],
              color: '#2e6b30',
            })}<figcaption>By-hand minutes come from each delivered task's estimate; review time from its sign-offs.</figcaption></figure>`
      }
<p>The delivered work would have taken about <strong>${escapeHtml(duration(t.byHandMinutes))}</strong> by hand${report.pricing.reviewHourlyRateMicros ? ` (≈ ${escapeHtml(usd(t.byHandMicros))} at the review rate)` : ''}. It cost ${escapeHtml(usd(t.actualMicros + t.seatMicros))} in models and seats and ${escapeHtml(duration(t.reviewSeconds / 60))} of review (${escapeHtml(usd(t.reviewMicros))}).</p>`,
    ),
  );

  parts.push(
    section(
      'drift',
      'Drift: acceptance, send-back and ask rates',
      `<figure>${rateLines({
        title: 'Acceptance, send-back and ask rates by month',
        categories: report.drift.map((d) => d.month),
        series: [
          { name: 'accepted', values: report.drift.map((d) => d.acceptanceRate) },
          { name: 'sent back', values: report.drift.map((d) => d.sendBackRate) },
          { name: 'asked', values: report.drift.map((d) => d.askRate) },
        ],
      })}<figcaption>Acceptance: accepted ÷ decided outcomes. Send-back: gated attempts the gates sent back. Ask: tasks that asked a person.</figcaption></figure>
${htmlTable({
  caption: 'Rates by month, with what they divide',
  header: [
    { text: 'month' },
    { text: 'acceptance', numeric: true },
    { text: 'send-back', numeric: true },
    { text: 'ask', numeric: true },
  ],
  rows: report.drift.map((d) => ({
    cells: [
      d.month,
      `${percent(d.acceptanceRate)} (${d.accepted}/${d.decided})`,
      `${percent(d.sendBackRate)} (${d.sentBack}/${d.gatedAttempts})`,
      `${percent(d.askRate)} (${d.askedTasks}/${d.tasks})`,
    ],
  })),
})}`,
    ),
  );

  parts.push(
    section(
      'breakdowns',
      'Spend and share by persona, model, kind, client and rule',
      BREAKDOWN_ORDER.filter((d) => d !== 'tier' && d !== 'month')
        .map((d) => breakdown(report, d))
        .join('\n'),
    ),
  );

  if (report.seats.length > 0)
    parts.push(
      section(
        'seats',
        'Flat-rate seats',
        htmlTable({
          caption: 'Seat fees by month, and the part this report charges',
          header: [
            { text: 'month' },
            { text: 'seat' },
            { text: 'fee', numeric: true },
            { text: 'charged here', numeric: true },
            { text: 'tasks that used it', numeric: true },
          ],
          rows: report.seats.map((s) => ({
            cells: [s.month, s.model, usd(s.feeMicros), usd(s.chargedMicros), count(s.tasks)],
          })),
        }),
      ),
    );

  parts.push(
    section(
      'method',
      'How these figures are made',
      `<ul>
<li><strong>Spend</strong> = model calls (each call's recorded cost: tokens × its stored price, or runner time for local models) + flat-rate seats + human review.</li>
<li><strong>Seats</strong>: a seat's monthly fee counts in each month it was used, shared over that month's tasks that used it, in whole micro-dollars (largest remainder).</li>
<li><strong>Review</strong> = each sign-off's minutes of review (the reviewer's own, else the kind's estimate; never the time the PR waited) × the review rate (${escapeHtml(usd(report.pricing.reviewHourlyRateMicros))}/h).</li>
<li><strong>Cost per accepted outcome</strong> = spend ÷ accepted outcomes, rounded half up to a micro-dollar. An accepted outcome is work an allowed approver signed off and then merged; a merge with no sign-off, or one later reverted, is not counted.</li>
<li><strong>Savings</strong> = the same calls' tokens at ${escapeHtml(premium?.modelId ?? 'the premium model')} − (model calls + seats). Scripted calls are left out.</li>
</ul>
<p class="muted">Money is kept in integer micro-dollars, so every group adds up to the total exactly.</p>`,
    ),
  );

  const when = (options.generatedAt ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const body = `<header><h1>AIOS ledger report</h1><p class="muted">${escapeHtml(scopeLine(report))} Generated ${escapeHtml(when)} UTC from the git ledger.</p></header>
<main>
${parts.join('\n')}
</main>
<footer>Made by AIOS from its append-only ledger. Every figure can be recomputed from the entries with <code>aios ledger report --format json</code> and checked with <code>aios ledger verify</code>.</footer>`;
  return htmlPage({ title: 'AIOS ledger report', body, description: scopeLine(report) });
}
