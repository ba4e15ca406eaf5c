import type { AiosConfig } from '../config/config-schema.js';
import type { LearningSource } from '../routing/plan-lanes.js';

/**
 * The outcome cells of a repository's ledger branch, for the `learn` clauses of its rules:
 * read once, on the first plan whose rule has a clause (never otherwise, so a run without
 * `learn` reads nothing), then kept for the process. No ledger yet: empty cells, so every
 * clause keeps the written route.
 */
export function ledgerLearning(repoDir: string, ref: string, config: AiosConfig): LearningSource {
  let read: ReturnType<LearningSource> | undefined;
  return () => {
    read ??= (async () => {
      const [{ cellsFromGit }, { cellOptionsFromConfig }, { cellLookup }] = await Promise.all([
        import('../reports/cells-from-git.js'),
        import('../reports/cells.js'),
        import('../routing/learn-apply.js'),
      ]);
      return cellLookup(await cellsFromGit(repoDir, ref, cellOptionsFromConfig(config)));
    })();
    // A failed read fails its plan; the next plan tries again.
    read.catch(() => (read = undefined));
    return read;
  };
}
