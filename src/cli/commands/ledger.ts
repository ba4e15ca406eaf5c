import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { AiosConfig } from '../../config/config-schema.js';
import { InputError } from '../../core/errors.js';
import type { LedgerEntry } from '../../core/ledger-entry.js';
import type { LedgerReport, ReportDimension } from '../../reports/report.js';
import { renderReportTable } from '../../reports/report-table.js';
import { color, line, printJson } from '../output.js';
import { printable } from '../../core/terminal-text.js';

/** Listed here, not imported from the report, so `aios --help` does not load it. */
export const DIMENSIONS: readonly ReportDimension[] = [
  'persona',
  'model',
  'tier',
  'kind',
  'client',
  'month',
  'rule',
];
const REPORT_FORMATS = ['table', 'md', 'json', 'csv', 'html'] as const;
const EXPORT_FORMATS = ['jsonl', 'csv', 'otel'] as const;

/** Parse a --since/--until date (YYYY-MM-DD, YYYY-MM, or an ISO time; UTC). */
export function parseDate(value: string | undefined, flag: string): Date | undefined {
  if (!value) return undefined;
  const d = /^\d{4}-\d{2}(-\d{2})?$/.test(value)
    ? new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`)
    : new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new InputError(`${flag} "${value}" is not a date.`, [], {
      hint: 'Use YYYY-MM-DD (UTC), YYYY-MM, or an ISO time.',
    });
  return d;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new InputError(`${flag} ${value} is not one of the choices.`, [], {
      hint: `Use one of: ${allowed.join(', ')}.`,
    });
  return value as T;
}

/** Print a report as the terminal table (also used by `aios demo`). */
export function printReportTable(report: LedgerReport): void {
  process.stdout.write(renderReportTable(report, { bold: color.bold, warn: color.yellow }));
}

interface Common {
  repo: string;
  ref?: string;
  config?: string;
  since?: string;
  until?: string;
  client?: string;
  output?: string;
}

/** Config, ledger ref and filter shared by every ledger command. */
async function open(opts: Common): Promise<{
  repoDir: string;
  ref: string;
  /** The commit `ref` named when it was looked up: the readers take it (no second rev-parse). */
  commit: string;
  config: AiosConfig;
  filter: { since: Date | undefined; until: Date | undefined; client: string | undefined };
}> {
  const filter = {
    since: parseDate(opts.since, '--since'),
    until: parseDate(opts.until, '--until'),
    client: opts.client,
  };
  const [{ loadConfig }, { resolveLedgerTip }] = await Promise.all([
    import('../../config/config-file.js'),
    import('../../ledger/ledger-ref.js'),
  ]);
  const repoDir = resolve(opts.repo);
  const { config } = await loadConfig({ file: opts.config, repoDir });
  const { ref, commit } = await resolveLedgerTip(repoDir, config.ledger, opts.ref);
  return { repoDir, ref, commit, config, filter };
}

/** Write text to --output or stdout. */
async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) await writeFile(output, text);
  else process.stdout.write(text);
}

function withCommon(cmd: Command, filters = true): Command {
  cmd
    .option('--repo <dir>', 'repository holding the ledger branch', '.')
    .option(
      '--ref <ref>',
      'ledger ref (default: the config ledger branch, or its remote-tracking ref)',
    )
    .option(
      '--config <file>',
      'config file (default: <repo>/.github/aios.yml, else the shipped defaults)',
    );
  if (filters)
    cmd
      .option('--since <date>', 'entries at or after this date (UTC)')
      .option('--until <date>', 'entries before this date (UTC)')
      .option('--client <client>', 'one client only');
  return cmd;
}

/** `aios ledger report --by cell`: the outcome cells (reports/cells.ts) in any report format. */
async function cellReport(opts: Common & { format: string; json?: boolean }): Promise<void> {
  const format = opts.json ? 'json' : oneOf(opts.format, REPORT_FORMATS, '--format');
  const { repoDir, ref, config, filter } = await open(opts);
  if (filter.since || filter.until || filter.client)
    throw new InputError(
      '--by cell reads the whole ledger; --since, --until and --client do not apply.',
      [],
      {
        hint: 'Drop the filter, or use --by rule|persona|model for a filtered report.',
      },
    );
  const [{ cellsFromGit }, render] = await Promise.all([
    import('../../reports/cells-from-git.js'),
    import('../../reports/cells-render.js'),
  ]);
  const { cellOptionsFromConfig } = await import('../../reports/cells.js');
  const table = await cellsFromGit(repoDir, ref, cellOptionsFromConfig(config));
  if (format === 'json' && !opts.output) return printJson(table);
  const text =
    format === 'json'
      ? `${JSON.stringify(table, null, 2)}\n`
      : format === 'md'
        ? render.renderCellsMarkdown(table)
        : format === 'csv'
          ? render.renderCellsCsv(table)
          : format === 'html'
            ? render.renderCellsHtml(table)
            : render.renderCellsTable(table);
  await emit(text, opts.output);
}

export function registerLedger(program: Command): void {
  const ledger = program
    .command('ledger')
    .description('Read the ledger: reports, verification and exports.');

  withCommon(
    ledger
      .command('report')
      .description(
        'Cost per useful outcome, spend and share by group, savings against the premium model, by-hand time and drift.',
      ),
  )
    .option(
      '--by <dimension>',
      `group by: ${DIMENSIONS.join(', ')}, or cell (outcome cells per rule, persona, model, kind and size)`,
    )
    .option('--format <format>', `output: ${REPORT_FORMATS.join(', ')}`, 'table')
    .option(
      '--premium <model-id>',
      'price the counterfactual at this model (default: the API-billed model with the highest output price)',
    )
    .option('--output <file>', 'write to a file instead of stdout')
    .option('--json', 'same as --format json')
    .action(
      async (opts: Common & { by?: string; format: string; premium?: string; json?: boolean }) => {
        if (opts.by === 'cell') return cellReport(opts);
        const by =
          opts.by === undefined
            ? undefined
            : (oneOf(opts.by, [...DIMENSIONS, 'cell'], '--by') as ReportDimension);
        const format = opts.json ? 'json' : oneOf(opts.format, REPORT_FORMATS, '--format');
        const { repoDir, ref, commit, config, filter } = await open(opts);
        const [{ reportFromGit }, { pricingFromConfig }] = await Promise.all([
          import('../../reports/report-from-git.js'),
          import('../../reports/report-pricing.js'),
        ]);
        const report = await reportFromGit(
          repoDir,
          ref,
          { by, filter, pricing: pricingFromConfig(config, opts.premium) },
          commit,
        );
        switch (format) {
          case 'json':
            if (opts.output) await emit(`${JSON.stringify(report, null, 2)}\n`, opts.output);
            else printJson(report);
            break;
          case 'md':
            await emit(
              (await import('../../reports/report-markdown.js')).renderReportMarkdown(report),
              opts.output,
            );
            break;
          case 'csv':
            await emit(
              (await import('../../reports/report-csv.js')).renderReportCsv(report),
              opts.output,
            );
            break;
          case 'html':
            await emit(
              (await import('../../reports/report-html.js')).renderReportHtml(report),
              opts.output,
            );
            break;
          default:
            if (opts.output) await emit(renderReportTable(report), opts.output);
            else printReportTable(report);
        }
      },
    );

  withCommon(
    ledger
      .command('verify')
      .description(
        'Prove the ledger is whole: schemas, written-once history, unbroken task chains, delivered tasks planned and attempted, costs = usage × stored prices. Exits 1 on any violation.',
      ),
    false,
  )
    .option('--json', 'print the result as JSON')
    .option(
      '--anchor-file <file>',
      'also keep the last verified tip in this JSON file (CI keeps it as an artifact); the ledger must descend from it',
    )
    .option(
      '--branches',
      'cross-check delivered entries against the task branches (aios/*) of this repository: each names a commit with its AIOS-Task trailer, and each task commit has its entry',
    )
    .option(
      '--signed [allowed-signers]',
      'require every ledger commit signed by a key of this allowed-signers file (default: ledger.allowedSigners, else git config gpg.ssh.allowedSignersFile); on too with ledger.signed: true',
    )
    .option(
      '--forge [owner/repo]',
      'cross-check sign-offs, outcomes and delivered commits against the GitHub PRs and reviews (GITHUB_TOKEN; the repository defaults to GITHUB_REPOSITORY)',
    )
    .action(
      async (
        opts: Common & {
          json?: boolean;
          anchorFile?: string;
          branches?: boolean;
          forge?: string | true;
          signed?: string | true;
        },
      ) => {
        const { repoDir, ref, commit, config } = await open(opts);
        const { verifyLedger } = await import('../../ledger/verify-ledger.js');
        // Signed ledger commits are required by the config (ledger.signed) or by --signed.
        const signers =
          typeof opts.signed === 'string' ? opts.signed : config.ledger.allowedSigners;
        const signed =
          opts.signed || config.ledger.signed
            ? { allowedSigners: signers ? resolve(repoDir, signers) : undefined }
            : undefined;
        const forge = opts.forge
          ? (await import('../../app/forge-check.js')).openForgeCheck(opts.forge, process.env)
          : undefined;
        const result = await verifyLedger(repoDir, ref, {
          tip: commit,
          anchor: { file: opts.anchorFile ? resolve(opts.anchorFile) : undefined },
          branches: opts.branches === true,
          forge,
          signed,
        });
        const bad = result.violations.length + result.omitted;
        process.exitCode = bad > 0 ? 1 : 0;
        if (opts.json) {
          printJson(result);
          return;
        }
        for (const v of result.violations)
          line(
            `${color.red('✘')} ${v.kind.padEnd(7)} ${v.commit ? v.commit.slice(0, 12) : '(no commit)'.padEnd(12)} ${printable(v.path ?? '')}: ${printable(v.message)}`,
          );
        if (result.omitted) line(`… and ${result.omitted} more`);
        const what = `${ref} at ${result.tip?.slice(0, 12)}: ${result.entries} entries, ${result.tasks} tasks, ${result.commits} commits`;
        line(
          bad
            ? color.red(`${bad} violation(s) in ${what}`)
            : color.green(`✔ the ledger is whole: ${what}`),
        );
      },
    );

  withCommon(
    ledger
      .command('export')
      .description(
        'Export every entry: JSON Lines, CSV, or OpenTelemetry traces (OTLP/JSON, gen_ai.* attributes).',
      ),
  )
    .requiredOption('--format <format>', `output: ${EXPORT_FORMATS.join(', ')}`)
    .option('--output <file>', 'write to a file instead of stdout')
    .action(async (opts: Common & { format: string }) => {
      const format = oneOf(opts.format, EXPORT_FORMATS, '--format');
      const { repoDir, ref, commit, filter } = await open(opts);
      const [readers, exporters] = await Promise.all([
        import('../../ledger/read-ledger.js'),
        import('../../reports/export-ledger.js'),
      ]);
      const stream = opts.output ? createWriteStream(opts.output) : process.stdout;
      // Lines are gathered into 64 KB writes: one write per entry costs more than the entry.
      const pending: string[] = [];
      let size = 0;
      const flush = async (): Promise<void> => {
        if (pending.length === 0) return;
        const text = pending.join('');
        pending.length = 0;
        size = 0;
        if (!stream.write(text)) await once(stream, 'drain');
      };
      const sink = async (chunk: string): Promise<void> => {
        pending.push(chunk);
        size += chunk.length;
        if (size >= 65_536) await flush();
      };
      // JSON Lines and CSV take the entries a batch at a time (no promise per entry).
      const batches = (): AsyncGenerator<LedgerEntry[]> =>
        readers.readLedgerArchivedBatches(repoDir, ref, commit);
      const entries = (): AsyncGenerator<LedgerEntry> =>
        readers.readLedgerArchived(repoDir, ref, commit);
      if (format === 'jsonl') await exporters.exportJsonl(batches(), sink, filter);
      else if (format === 'csv') await exporters.exportCsv(batches(), sink, filter);
      else {
        const { exportOtel } = await import('../../reports/export-otel.js');
        const { packageVersion } = await import('../../core/package-version.js');
        await exportOtel(entries(), sink, {
          filter,
          serviceVersion: packageVersion(),
          ledgerRef: ref,
        });
      }
      await flush();
      if (opts.output) {
        stream.end();
        await once(stream, 'finish');
      }
    });
}
