import { readArchivedFileBatches } from './read-ledger-archive.js';
import { parseStoredEntry } from './read-ledger.js';
import { toReportEntry } from './report-entry.js';
import { ReportBuilder, type LedgerReport, type ReportOptions } from './report.js';

/**
 * Report on the ledger ref of a repository, read straight from git objects (no checkout), in
 * one streaming pass. Every field the report reads is checked against the entry schema as it is
 * read (`toReportEntry`); an entry that fails goes through the full schema, whose error names
 * the file. Full validation of everything is `aios ledger verify`.
 */
export async function reportFromGit(
  repoDir: string,
  ref: string,
  options: ReportOptions = {},
): Promise<LedgerReport> {
  const builder = new ReportBuilder(options);
  for await (const batch of readArchivedFileBatches(repoDir, ref))
    for (const file of batch) {
      if (!file.path.endsWith('.json')) continue;
      let json: unknown;
      try {
        json = JSON.parse(file.bytes.toString('utf8'));
      } catch {
        json = undefined; // parseStoredEntry says why, with the path
      }
      builder.add(toReportEntry(json) ?? parseStoredEntry(file));
    }
  return builder.finish();
}
