import { onePage } from './page-ids.js';
import type { CellTable, OutcomeCell } from './cells.js';
import { htmlPage, htmlTable } from './html-page.js';
import {
  count,
  csvLine,
  escapeHtml,
  escapeMarkdown,
  microsDecimal,
  percent,
  usd,
} from './report-text.js';

/** One column of the cell table: its title, and how a cell shows in it. */
interface Column {
  readonly title: string;
  readonly numeric: boolean;
  readonly text: (c: OutcomeCell) => string;
}

const ratio = (rate: number | null, n: number, d: number): string =>
  d === 0 ? '–' : `${percent(rate)} (${count(n)}/${count(d)})`;

/** The columns every human format shows, in order. */
export const CELL_COLUMNS: readonly Column[] = [
  { title: 'rule', numeric: false, text: (c) => c.rule },
  { title: 'persona', numeric: false, text: (c) => c.persona },
  { title: 'model', numeric: false, text: (c) => c.model },
  { title: 'kind', numeric: false, text: (c) => c.kind },
  { title: 'size', numeric: false, text: (c) => c.size },
  { title: 'tasks', numeric: true, text: (c) => count(c.tasks) },
  { title: 'attempts', numeric: true, text: (c) => count(c.attempts) },
  { title: 'first pass', numeric: true, text: (c) => ratio(c.firstPassRate, c.firstPass, c.gated) },
  {
    title: 'acceptance',
    numeric: true,
    text: (c) => ratio(c.acceptance, c.accepted, c.decided),
  },
  { title: 'acceptance LB', numeric: true, text: (c) => percent(c.acceptanceLB) },
  { title: 'rework', numeric: true, text: (c) => count(c.rework) },
  {
    title: 'cost / accepted',
    numeric: true,
    text: (c) => (c.costPerAcceptedMicros === null ? '–' : usd(c.costPerAcceptedMicros)),
  },
  { title: 'review min', numeric: true, text: (c) => count(Math.round(c.reviewMinutes)) },
];

/** What the lower bound is, in words, under every human format. */
export function lbNote(table: Pick<CellTable, 'lbMethod'>): string {
  return `Acceptance = accepted (signed off, not reverted) ÷ decided (accepted, rejected, reverted or failed). Acceptance LB: ${table.lbMethod} (Wilson score interval, z = 1.645).`;
}

function scope(table: CellTable): string {
  return `${count(table.cells.length)} cells from ${count(table.tasks)} tasks (${count(table.unplaced)} never reached a model); entries read: ${table.events.join(', ')}.`;
}

/** Lay out rows in aligned columns: text left, numbers right. */
function aligned(rows: readonly OutcomeCell[], columns: readonly Column[]): string[] {
  const cells = rows.map((r) => columns.map((c) => c.text(r)));
  const widths = columns.map((c, i) =>
    Math.max(c.title.length, ...cells.map((r) => (r[i] ?? '').length)),
  );
  const fmt = (row: readonly string[]): string =>
    row
      .map((v, i) => (columns[i]?.numeric ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [fmt(columns.map((c) => c.title)), ...cells.map(fmt)];
}

/** Cells as a terminal table (also what `route --explain` prints for a route's cells). */
export function renderCellRows(rows: readonly OutcomeCell[], indent = ''): string[] {
  return aligned(rows, CELL_COLUMNS).map((l) => `${indent}${l}`);
}

/** `aios ledger report --by cell` for a terminal. */
export function renderCellsTable(table: CellTable): string {
  return [scope(table), '', ...renderCellRows(table.cells), '', lbNote(table), ''].join('\n');
}

/** `--by cell --format md`. */
export function renderCellsMarkdown(table: CellTable): string {
  const head = CELL_COLUMNS.map((c) => escapeMarkdown(c.title));
  return [
    '# AIOS outcome cells',
    '',
    escapeMarkdown(scope(table)),
    '',
    `| ${head.join(' | ')} |`,
    `| ${CELL_COLUMNS.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`,
    ...table.cells.map(
      (cell) => `| ${CELL_COLUMNS.map((c) => escapeMarkdown(c.text(cell))).join(' | ')} |`,
    ),
    '',
    escapeMarkdown(lbNote(table)),
    '',
  ].join('\n');
}

const CSV_HEADER = [
  'rule',
  'persona',
  'model',
  'kind',
  'size',
  'tasks',
  'attempts',
  'rework',
  'gated',
  'first_pass',
  'first_pass_rate',
  'decided',
  'accepted',
  'accepted_unsigned',
  'rejected',
  'reverted',
  'failed',
  'acceptance',
  'acceptance_lb',
  'acceptance_lb_method',
  'call_usd',
  'shadow_usd',
  'review_minutes',
  'review_usd',
  'spend_usd',
  'cost_per_accepted_usd',
];

/** `--by cell --format csv`: one line per cell, money as exact decimal dollars. */
export function renderCellsCsv(table: CellTable): string {
  const rate = (r: number | null): string => (r === null ? '' : r.toFixed(6));
  return [
    csvLine(CSV_HEADER),
    ...table.cells.map((c) =>
      csvLine([
        c.rule,
        c.persona,
        c.model,
        c.kind,
        c.size,
        c.tasks,
        c.attempts,
        c.rework,
        c.gated,
        c.firstPass,
        rate(c.firstPassRate),
        c.decided,
        c.accepted,
        c.acceptedUnsigned,
        c.rejected,
        c.reverted,
        c.failed,
        rate(c.acceptance),
        rate(c.acceptanceLB),
        table.lbMethod,
        microsDecimal(c.callMicros),
        microsDecimal(c.shadowMicros),
        c.reviewMinutes,
        microsDecimal(c.reviewMicros),
        microsDecimal(c.spendMicros),
        c.costPerAcceptedMicros === null ? '' : microsDecimal(c.costPerAcceptedMicros),
      ]),
    ),
  ].join('');
}

/** `--by cell --format html`: a self-contained page. */
export function renderCellsHtml(table: CellTable): string {
  return onePage(() => cellsHtml(table));
}

function cellsHtml(table: CellTable): string {
  const body = `<main>
<h1>AIOS outcome cells</h1>
<p>${escapeHtml(scope(table))}</p>
${htmlTable({
  caption: 'Outcome cells per rule, persona, model, kind and size',
  header: CELL_COLUMNS.map((c) => ({ text: c.title, numeric: c.numeric })),
  rows: table.cells.map((cell) => ({
    // The first cell is the row header: the rule, then the rest of the key.
    cells: CELL_COLUMNS.map((c) => c.text(cell)),
  })),
})}
<p>${escapeHtml(lbNote(table))}</p>
</main>`;
  return htmlPage({
    title: 'AIOS outcome cells',
    body,
    description: 'Outcomes per rule, persona, model, kind and size from the AIOS ledger',
  });
}
