import type { AiosConfig } from '../config/config-schema.js';
import type { CellTable } from '../reports/cells.js';
import type { CellLookup } from '../routing/learn-apply.js';
import type { LearningSource } from '../routing/plan-lanes.js';

/** The outcome cells of a ledger ref, read on the first call and kept. */
export type CellRead = () => Promise<CellTable>;

/**
 * The outcome cells of a repository's ledger ref: read once, on the first call (never
 * otherwise, so a run without `learn` reads nothing), then kept for the process. No ledger yet:
 * empty cells. A failed read fails its caller; the next call tries again. The one reader of
 * the cells for planning: `aios run`, every GitHub intake and `aios route` (app/route-cells.ts).
 */
export function ledgerCells(repoDir: string, ref: string, config: AiosConfig): CellRead {
  let read: Promise<CellTable> | undefined;
  return () => {
    if (!read) {
      const reading = (async () => {
        const [{ cellsFromGit }, { cellOptionsFromConfig }] = await Promise.all([
          import('../reports/cells-from-git.js'),
          import('../reports/cells.js'),
        ]);
        return cellsFromGit(repoDir, ref, cellOptionsFromConfig(config));
      })();
      read = reading;
      reading.catch(() => {
        if (read === reading) read = undefined;
      });
    }
    return read;
  };
}

/**
 * The lookups a rule's `learn` clause reads, over a cell read: indexed once per table read, so
 * the plans of a run (every task with a `learn` clause) share one index.
 */
export function learningFrom(cells: CellRead): LearningSource {
  let indexed: { readonly table: CellTable; readonly lookup: CellLookup } | undefined;
  return async () => {
    const [table, { cellLookup }] = await Promise.all([
      cells(),
      import('../routing/learn-apply.js'),
    ]);
    if (indexed?.table !== table) indexed = { table, lookup: cellLookup(table) };
    return indexed.lookup;
  };
}

/**
 * The outcome cells of a repository's ledger branch, for the `learn` clauses of its rules. No
 * ledger yet: empty cells, so every clause keeps the written route.
 */
export function ledgerLearning(repoDir: string, ref: string, config: AiosConfig): LearningSource {
  return learningFrom(ledgerCells(repoDir, ref, config));
}
