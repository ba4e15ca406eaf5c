import { readArchiveBatches } from '../git/archive-reader.js';
import { resolveCommit } from '../git/refs.js';
import { ledgerPieces } from '../ledger/ledger-files.js';
import { parseStoredEntry } from '../ledger/read-ledger.js';
import { toReportEntry } from './report-entry.js';
import { ReportBuilder, type LedgerReport, type ReportOptions } from './report.js';

/** Read some pieces of the ledger (month folders), one git archive each, into a builder. */
async function readInto(
  repoDir: string,
  commit: string,
  pieces: readonly (readonly string[])[],
  options: ReportOptions,
): Promise<ReportBuilder> {
  const builder = new ReportBuilder(options);
  for (const piece of pieces)
    for await (const batch of readArchiveBatches(repoDir, commit, piece))
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
 * The ledger is read one month folder at a time (`ledgerPieces`): one `git archive` per month,
 * each exiting before the next starts, so memory stays that of one git reading one month
 * however long the ledger (at a million entries, two archives at once held twice the memory
 * for no gain in CPU; git and this process already run on two cores side by side). With
 * `parallel` > 1 the months are shared out (round robin) between that many lanes, each folded
 * into its own builder and merged: a task lives in one month folder, so each lane still brings
 * a task's entries together. All lanes read the same commit.
 */
export async function reportFromGit(
  repoDir: string,
  ref: string,
  options: ReportOptions = {},
  parallel = 1,
): Promise<LedgerReport> {
  const commit = await resolveCommit(repoDir, ref);
  if (!commit) return new ReportBuilder(options).finish();
  const pieces = await ledgerPieces(repoDir, commit);
  const lanes = Math.max(1, Math.min(parallel, pieces.length));
  const parts = Array.from({ length: lanes }, (_, i) => pieces.filter((_p, j) => j % lanes === i));
  const [first, ...rest] = await Promise.all(
    parts.map((part) => readInto(repoDir, commit, part, options)),
  );
  if (!first) return new ReportBuilder(options).finish();
  for (const b of rest) first.merge(b);
  return first.finish();
}
