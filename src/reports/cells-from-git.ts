import { toCellEntry } from './cell-entry.js';
import { CellBuilder, type CellOptions, type CellTable } from './cells.js';
import { foldLedgerFromGit } from './fold-ledger.js';

/**
 * The outcome cells of the ledger ref of a repository, read straight from git objects as
 * `reportFromGit` reads them: one month folder at a time (fold-ledger.ts), every field the
 * cells read checked as it is read; an entry that fails goes through the full schema, whose
 * error names the file. No ledger yet: no cells.
 */
export async function cellsFromGit(
  repoDir: string,
  ref: string,
  options: CellOptions = {},
): Promise<CellTable> {
  const builder = await foldLedgerFromGit(
    repoDir,
    ref,
    () => new CellBuilder(options),
    toCellEntry,
  );
  return builder.finish();
}
