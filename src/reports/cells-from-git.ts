import { availableParallelism } from 'node:os';
import { readArchivedFileBatches } from '../git/archive-reader.js';
import { resolveCommit } from '../git/refs.js';
import { LEDGER_ROOT, monthFolders } from '../ledger/ledger-layout.js';
import { parseStoredEntry } from '../ledger/read-ledger.js';
import { toCellEntry } from './cell-entry.js';
import { CellBuilder, type CellOptions, type CellTable } from './cells.js';

async function readInto(
  repoDir: string,
  commit: string,
  folders: readonly string[],
  options: CellOptions,
): Promise<CellBuilder> {
  const builder = new CellBuilder(options);
  for await (const batch of readArchivedFileBatches(repoDir, commit, folders))
    for (const file of batch) {
      if (!file.path.endsWith('.json')) continue;
      let json: unknown;
      try {
        json = JSON.parse(file.bytes.toString('utf8'));
      } catch {
        json = undefined; // parseStoredEntry says why, with the path
      }
      builder.add(toCellEntry(json) ?? parseStoredEntry(file));
    }
  return builder;
}

/**
 * The outcome cells of the ledger ref of a repository, read straight from git objects in one
 * streaming pass, as `reportFromGit` reads them: the month folders shared out between up to
 * `parallel` git processes (a task lives in one month folder), one builder each, merged. Every
 * field the cells read is checked as it is read; an entry that fails goes through the full
 * schema, whose error names the file. No ledger yet: no cells.
 */
export async function cellsFromGit(
  repoDir: string,
  ref: string,
  options: CellOptions = {},
  parallel = Math.min(4, availableParallelism()),
): Promise<CellTable> {
  const commit = await resolveCommit(repoDir, ref);
  if (!commit) return new CellBuilder(options).finish();
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
  if (!first) return new CellBuilder(options).finish();
  for (const b of rest) first.merge(b);
  return first.finish();
}
