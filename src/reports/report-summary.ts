import type { LedgerReport, ReportDimension, ReportRow } from './report.js';
import { count, duration, percent, share, usd } from './report-text.js';
import { compareWithPremium, savingsHeadline } from './savings-phrase.js';

/** One headline figure, the same in every format: a label, its value, and how it was made. */
export interface Figure {
  /** Stable id (the HTML report's `data-figure`, for tests and for people who script it). */
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly detail: string;
}

/** The headline figures of a report, in reading order. */
export function headlineFigures(report: LedgerReport): Figure[] {
  const t = report.total;
  const rate = report.pricing.reviewHourlyRateMicros;
  const premium = report.pricing.premium;
  const figures: Figure[] = [
    {
      id: 'cost-per-accepted',
      label: 'Cost per accepted outcome',
      value: t.costPerAcceptedMicros === null ? 'n/a' : usd(t.costPerAcceptedMicros),
      detail:
        t.accepted === 0
          ? 'Nothing was accepted in this window yet.'
          : `${usd(t.spendMicros)} spent ÷ ${count(t.accepted)} accepted outcome${t.accepted === 1 ? '' : 's'}`,
    },
    {
      id: 'spend',
      label: 'Everything spent',
      value: usd(t.spendMicros),
      detail: `model calls ${usd(t.actualMicros)}${t.shadowRuns ? ` (of which ${usd(t.shadowRunMicros)} on ${count(t.shadowRuns)} shadow run${t.shadowRuns === 1 ? '' : 's'}, ${count(t.shadowPassed)} passing the gates, never delivered)` : ''} + flat-rate seats ${usd(t.seatMicros)} + human review ${usd(t.reviewMicros)}`,
    },
    {
      id: 'accepted',
      label: 'Accepted outcomes',
      value: count(t.accepted),
      detail: `${count(t.delivered)} delivered, ${count(t.signedOff)} signed off, ${count(t.accepted)} accepted after a sign-off${t.acceptedUnsigned ? ` (${count(t.acceptedUnsigned)} merged without a sign-off: not counted)` : ''}, ${count(t.rejected)} rejected, ${count(t.declined)} declined, ${count(t.failed)} failed, ${count(t.asked)} question${t.asked === 1 ? '' : 's'} asked`,
    },
    {
      id: 'review',
      label: 'Human review',
      value: duration(t.reviewSeconds / 60),
      detail: `${
        rate
          ? `${usd(t.reviewMicros)} at ${usd(rate)}/h`
          : 'not priced: set signoff.reviewHourlyRate in the config'
      }${reviewSourceNote(t)}`,
    },
    {
      id: 'savings',
      ...savingsHeadline(t.savingsMicros, premium?.modelId),
      detail: premium
        ? compareWithPremium({
            spentMicros: t.actualMicros + t.seatMicros,
            premiumMicros: t.premiumMicros,
            premiumModel: premium.modelId,
            calls: t.calls - t.scriptedCalls,
          })
        : 'no API-billed model in the config to compare with',
    },
    {
      id: 'by-hand',
      label: 'By hand, the delivered work',
      value: duration(t.byHandMinutes),
      detail: rate
        ? `≈ ${usd(t.byHandMicros)} at the review rate, against ${usd(t.actualMicros + t.seatMicros)} of models and seats and ${duration(t.reviewSeconds / 60)} of review`
        : `against ${usd(t.actualMicros + t.seatMicros)} of models and seats and ${duration(t.reviewSeconds / 60)} of review`,
    },
  ];
  return figures;
}

/**
 * Where the review minutes came from, when not all from the reviewers themselves: estimates are
 * named as estimates, and sign-offs with no minutes at all are said to count as none.
 */
function reviewSourceNote(t: ReportRow): string {
  const parts: string[] = [];
  if (t.reviewEstimated > 0)
    parts.push(
      `${count(t.reviewEstimated)} sign-off${t.reviewEstimated === 1 ? '' : 's'} at the kind's estimated review minutes`,
    );
  if (t.reviewUnmeasured > 0)
    parts.push(
      `${count(t.reviewUnmeasured)} sign-off${t.reviewUnmeasured === 1 ? '' : 's'} with no review minutes, counted as 0 (record them with \`aios signoff --minutes N\` or \`/aios signoff 20m\`, or set \`kinds.<kind>.reviewMinutes\` in the config)`,
    );
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** Human names of the dimensions, for headings. */
export const DIMENSION_TITLES: Record<ReportDimension, string> = {
  tier: 'tier',
  persona: 'persona',
  model: 'model',
  kind: 'kind of work',
  client: 'client',
  month: 'month',
  rule: 'rule',
};

/** The dimensions shown as breakdowns, in this order (the issue's "spend and share by …"). */
export const BREAKDOWN_ORDER: readonly ReportDimension[] = [
  'tier',
  'persona',
  'model',
  'kind',
  'client',
  'rule',
  'month',
];

/** The columns of a group table, shared by the terminal, Markdown and HTML renderers. */
export interface Column {
  readonly title: string;
  readonly cell: (r: ReportRow, total: ReportRow) => string;
  /** Numeric columns align right. */
  readonly numeric: boolean;
}

export const GROUP_COLUMNS: readonly Column[] = [
  { title: 'tasks', numeric: true, cell: (r) => count(r.tasks) },
  {
    title: 'calls',
    numeric: true,
    cell: (r) =>
      `${count(r.calls)}${r.scriptedCalls ? ` (${count(r.scriptedCalls)} scripted)` : ''}`,
  },
  { title: 'spend', numeric: true, cell: (r) => usd(r.spendMicros) },
  { title: 'share', numeric: true, cell: (r, t) => percent(share(r.spendMicros, t.spendMicros)) },
  { title: 'models', numeric: true, cell: (r) => usd(r.actualMicros) },
  { title: 'seats', numeric: true, cell: (r) => usd(r.seatMicros) },
  { title: 'review', numeric: true, cell: (r) => usd(r.reviewMicros) },
  { title: 'signed off', numeric: true, cell: (r) => count(r.signedOff) },
  {
    title: 'accepted',
    numeric: true,
    // A merge nobody signed off is shown beside, not counted: it is not a useful outcome.
    cell: (r) =>
      `${count(r.accepted)}${r.acceptedUnsigned ? ` (+${count(r.acceptedUnsigned)} unsigned)` : ''}`,
  },
  {
    title: 'per accepted',
    numeric: true,
    cell: (r) => (r.costPerAcceptedMicros === null ? '–' : usd(r.costPerAcceptedMicros)),
  },
  {
    title: 'saved',
    numeric: true,
    cell: (r) => (r.savingsMicros === null ? '–' : usd(r.savingsMicros)),
  },
  { title: 'sent back', numeric: true, cell: (r) => percent(share(r.sentBack, r.gatedAttempts)) },
  { title: 'asked', numeric: true, cell: (r) => percent(share(r.askedTasks, r.tasks)) },
  { title: 'by hand', numeric: true, cell: (r) => duration(r.byHandMinutes) },
];

/** A sentence saying what was read: entries, tasks, window, client. */
export function scopeLine(report: LedgerReport): string {
  const f = report.filter;
  const window =
    f.since || f.until
      ? ` from ${f.since ? f.since.slice(0, 10) : 'the start'} to ${f.until ? `before ${f.until.slice(0, 10)}` : 'now'}`
      : '';
  return `${count(report.entries)} entries over ${count(report.total.tasks)} task${report.total.tasks === 1 ? '' : 's'}${window}${f.client ? ` for client ${f.client}` : ''}.`;
}

/** The warning every format carries when scripted answers are in the figures. */
export function scriptedNote(report: LedgerReport): string | undefined {
  const n = report.total.scriptedCalls;
  return n > 0
    ? `${count(n)} call(s) were answered by the scripted provider: not AI work, no model was used.`
    : undefined;
}
