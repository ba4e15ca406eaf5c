import { availableParallelism } from 'node:os';
import { LedgerError } from '../core/errors.js';
import { gitWithInput } from '../git/run-git.js';
import { readArchivedFileBatches } from '../ledger/read-ledger-archive.js';
import { parseStoredEntry } from '../ledger/read-ledger.js';
import { toReportEntry } from './report-entry.js';
import { ReportBuilder, type LedgerReport, type ReportOptions } from './report.js';

async function lsDirs(repoDir: string, commit: string, paths: string[]): Promise<string[]> {
  const r = await gitWithInput(
    repoDir,
    ['ls-tree', '-d', '--full-tree', '--name-only', '-z', commit, '--', ...paths],
    undefined,
  );
  if (r.code !== 0) throw new LedgerError(`cannot list ${commit}: ${r.stderr.trim()}`);
  return r.stdout.toString('utf8').split('\0').filter(Boolean);
}

/** The month folders (`ledger/yyyy/mm`) of the ledger at a commit. */
async function monthFolders(repoDir: string, commit: string): Promise<string[]> {
  const years = await lsDirs(repoDir, commit, ['ledger/']);
  return years.length
    ? lsDirs(
        repoDir,
        commit,
        years.map((y) => `${y}/`),
      )
    : [];
}

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
  const resolved = await gitWithInput(
    repoDir,
    ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
    undefined,
  );
  const commit = resolved.stdout.toString('utf8').trim();
  if (resolved.code !== 0 || !commit) return new ReportBuilder(options).finish();
  const months = parallel > 1 ? await monthFolders(repoDir, commit) : [];
  const parts: string[][] =
    months.length > 1
      ? Array.from({ length: Math.min(parallel, months.length) }, (_, i) =>
          months.filter((_m, j) => j % parallel === i),
        )
      : [['ledger/']];
  const [first, ...rest] = await Promise.all(
    parts.map((folders) => readInto(repoDir, commit, folders, options)),
  );
  if (!first) return new ReportBuilder(options).finish();
  for (const b of rest) first.merge(b);
  return first.finish();
}
