import { foldLedgerFromGit } from './fold-ledger.js';
import { toReportEntry } from './report-entry.js';
import { ReportBuilder, type LedgerReport, type ReportOptions } from './report.js';

/**
 * Report on the ledger ref of a repository, read straight from git objects, one month folder
 * at a time (fold-ledger.ts). Every field the report reads is checked against the entry schema
 * as it is read (`toReportEntry`); an entry that fails goes through the full schema, whose error
 * names the file. Full validation of everything is `aios ledger verify`.
 */
export async function reportFromGit(
  repoDir: string,
  ref: string,
  options: ReportOptions = {},
  /** The commit `ref` names, when the caller has looked it up already (one git call fewer). */
  tip?: string,
): Promise<LedgerReport> {
  const builder = await foldLedgerFromGit(
    repoDir,
    ref,
    () => new ReportBuilder(options),
    toReportEntry,
    tip,
  );
  return builder.finish();
}
