import type { LedgerReport } from './report.js';
import { GROUP_COLUMNS, headlineFigures, scopeLine, scriptedNote } from './report-summary.js';
import { printable } from '../core/terminal-text.js';
import { percent } from './report-text.js';

/** Lay out rows of cells in aligned columns: the first left, the rest right. */
function columns(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [fmt(header), ...rows.map(fmt)];
}

/**
 * The report for a terminal: headline figures, the `--by` table with a total row, and the
 * monthly rates. `bold` styles the header lines (colour is the caller's business).
 */
export function renderReportTable(
  report: LedgerReport,
  style: { bold: (s: string) => string; warn: (s: string) => string } = {
    bold: (s) => s,
    warn: (s) => s,
  },
): string {
  const out: string[] = [scopeLine(report), ''];
  for (const f of headlineFigures(report))
    out.push(`${style.bold(f.label)}: ${f.value}  (${f.detail})`);
  out.push('');
  const rows = [...report.rows, report.total].map((r) => [
    printable(r.key),
    ...GROUP_COLUMNS.map((c) => c.cell(r, report.total)),
  ]);
  const [head, ...body] = columns([report.by ?? '', ...GROUP_COLUMNS.map((c) => c.title)], rows);
  out.push(style.bold(head ?? ''), ...body);
  if (report.drift.length > 1) {
    out.push('', style.bold('Rates by month (drift)'));
    out.push(
      ...columns(
        ['month', 'accepted', 'sent back', 'asked'],
        report.drift.map((d) => [
          d.month,
          `${percent(d.acceptanceRate)} of ${d.decided}`,
          `${percent(d.sendBackRate)} of ${d.gatedAttempts}`,
          `${percent(d.askRate)} of ${d.tasks}`,
        ]),
      ),
    );
  }
  const note = scriptedNote(report);
  if (note) out.push('', style.warn(note));
  return `${out.join('\n')}\n`;
}
