import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import {
  buildReport,
  REPORT_DIMENSIONS,
  type LedgerReport,
  type ReportDimension,
} from '../../ledger/report.js';
import { color, formatMicros, line, printJson } from '../output.js';

function parseDate(value: string | undefined, flag: string): Date | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new InputError(`${flag} "${value}" is not a date.`, [], { hint: 'Use YYYY-MM-DD.' });
  return d;
}

export function printReportTable(report: LedgerReport): void {
  const header = [
    '',
    'tasks',
    'calls',
    'tokens in/out',
    'actual',
    'shadow',
    'delivered',
    'accepted',
    'asked',
    'declined',
    'failed',
    'sent back',
    'by hand',
  ];
  const rows = (report.by ? report.rows : [])
    .concat([report.total])
    .map((r) => [
      r.key,
      String(r.tasks),
      `${r.calls}${r.scriptedCalls ? ` (${r.scriptedCalls} scripted)` : ''}`,
      `${r.inputTokens}/${r.outputTokens}`,
      formatMicros(r.actualMicros),
      formatMicros(r.shadowMicros),
      String(r.delivered),
      String(r.accepted),
      String(r.asked),
      String(r.declined),
      String(r.failed),
      String(r.sentBack),
      `${r.byHandMinutes} min`,
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  line(color.bold(fmt(header)));
  for (const r of rows) line(fmt(r));
  line();
  line(
    `entries: ${report.entries}; cost per accepted outcome: ${report.costPerAcceptedMicros === undefined ? 'n/a (nothing accepted yet)' : formatMicros(report.costPerAcceptedMicros)}`,
  );
  if (report.total.scriptedCalls > 0)
    line(
      color.yellow(
        `${report.total.scriptedCalls} call(s) were scripted: not AI work, no model was used.`,
      ),
    );
}

export function registerLedger(program: Command): void {
  const ledger = program.command('ledger').description('Read the ledger: reports.');
  ledger
    .command('report')
    .description('Sum the ledger: spend, calls, outcomes and by-hand minutes, optionally grouped.')
    .option('--repo <dir>', 'repository holding the ledger branch', '.')
    .option('--ref <ref>', 'ledger ref (default: the config ledger branch)')
    .option('--config <file>', 'config file')
    .option('--by <dimension>', `group by: ${REPORT_DIMENSIONS.join(', ')}`)
    .option('--since <date>', 'entries at or after this date')
    .option('--until <date>', 'entries before this date')
    .option('--client <client>', 'one client only')
    .option('--json', 'print as JSON')
    .action(
      async (opts: {
        repo: string;
        ref?: string;
        config?: string;
        by?: string;
        since?: string;
        until?: string;
        client?: string;
        json?: boolean;
      }) => {
        if (opts.by && !REPORT_DIMENSIONS.includes(opts.by as ReportDimension)) {
          throw new InputError(`--by ${opts.by} is not a dimension.`, [], {
            hint: `Use one of: ${REPORT_DIMENSIONS.join(', ')}.`,
          });
        }
        const [{ loadConfig }, { readLedger }] = await Promise.all([
          import('../../config/load-config.js'),
          import('../../ledger/read-ledger.js'),
        ]);
        const repoDir = resolve(opts.repo);
        const ref =
          opts.ref ?? (await loadConfig({ file: opts.config, repoDir })).config.ledger.branch;
        const report = await buildReport(readLedger(repoDir, ref), {
          by: opts.by as ReportDimension | undefined,
          filter: {
            since: parseDate(opts.since, '--since'),
            until: parseDate(opts.until, '--until'),
            client: opts.client,
          },
        });
        if (opts.json) printJson(report);
        else printReportTable(report);
      },
    );
}
