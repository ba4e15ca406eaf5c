import { availableParallelism } from 'node:os';
import { readArchivedFileBatches } from '../git/archive-reader.js';
import { resolveCommit } from '../git/refs.js';
import { LEDGER_ROOT, monthFolders } from '../ledger/ledger-layout.js';
import { parseStoredEntry } from '../ledger/read-ledger.js';
import { toReportEntry } from './report-entry.js';
import { ReportBuilder, type LedgerReport, type ReportOptions } from './report.js';

/** Read some folders of the ledger into a builder of their own. */
async function readInto(
  repoDir: string,
  commit: string,
  folders: readonly string[],
  options: ReportOptions,
): Promise<ReportBuilder> {
  const builder = new ReportBuilder(options);
  for await (const batch of readArchivedFileBatches(repoDir, commit, folders))
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
  return builder;
}

/**
 * Report on the ledger ref of a repository, read straight from git objects (no checkout), in
 * one streaming pass. Every field the report reads is checked against the entry schema as it is
 * read (`toReportEntry`); an entry that fails goes through the full schema, whose error names
 * the file. Full validation of everything is `aios ledger verify`.
 *
 * Git inflating the objects is most of the work, and one git process uses one core: with cores
 * to spare, the month folders are shared out (round robin) between `parallel` git processes,
 * each folded into its own builder, and the builders merged. A task lives in one month folder,
 * so each stream still brings a task's entries together. All streams read the same commit.
 */
export async function reportFromGit(
  repoDir: string,
  ref: string,
  options: ReportOptions = {},
  parallel = Math.min(4, availableParallelism()),
): Promise<LedgerReport> {
  const commit = await resolveCommit(repoDir, ref);
  if (!commit) return new ReportBuilder(options).finish();
  const months = parallel > 1 ? await monthFolders(repoDir, commit) : [];
  const parts: string[][] =
    months.length > 1
      ? Array.from({ length: Math.min(parallel, months.length) }, (_, i) =>
          months.filter((_m, j) => j % parallel === i),
        )
      : [[LEDGER_ROOT]];
  const [first, ...rest] = await Promise.all(
    parts.map((folders) => readInto(repoDir, commit, folders, options)),
  );
  if (!first) return new ReportBuilder(options).finish();
  for (const b of rest) first.merge(b);
  return first.finish();
}
