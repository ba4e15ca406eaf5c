import type { AiosConfig } from '../config/config-schema.js';
import { ACCEPTANCE_LB_METHOD } from '../core/cell-key.js';
import type { RouteDecision } from '../core/plan.js';
import { ledgerReadRef, resolveLedgerRef } from '../ledger/ledger-ref.js';
import { refExists } from '../ledger/read-ledger.js';
import type { CellTable, OutcomeCell } from '../reports/cells.js';
import type { LearningSource } from '../routing/plan-lanes.js';
import { ledgerCells, learningFrom } from './ledger-learning.js';

/** The cells `route --explain` shows: the chosen route's, and the other ways the same work went. */
export interface RouteCells {
  /** The ledger ref read, or why none was. */
  readonly ledger: { readonly ref: string } | { readonly none: string };
  readonly lbMethod: string;
  /** The cells of the plan's rule and persona, for each of its models (fallbacks included). */
  readonly chosen: OutcomeCell[];
  /** Cells of the same kind and size under another rule, persona or model, best bound first. */
  readonly alternatives: OutcomeCell[];
}

/**
 * The outcome cells of a repository's ledger, read once and only when asked for: by a rule's
 * `learn` clause while planning, or by `--explain`. Both read the ref `aios run` reads (the
 * store's, `ledgerReadRef`) through run's own reader (app/ledger-learning.ts), so route's plan
 * says what run's would: no ledger branch yet is empty cells (the clause keeps the written
 * route), and `--explain` says there is none.
 */
export function routeCellSource(
  repoDir: string,
  config: AiosConfig,
  /** A ledger ref to read instead (it must exist); absent: the one run reads. */
  explicit?: string,
): {
  learning: LearningSource;
  table: () => Promise<{ table?: CellTable; ref?: string; why?: string }>;
} {
  const ref = explicit ?? ledgerReadRef(config.ledger);
  const cells = ledgerCells(repoDir, ref, config);
  const table = async (): Promise<{ table?: CellTable; ref?: string; why?: string }> => {
    if (explicit)
      await resolveLedgerRef(repoDir, config.ledger, explicit); // names a missing ref
    else if (!(await refExists(repoDir, ref)))
      return { why: `there is no ledger branch ${config.ledger.branch} at ${ref} yet` };
    return { table: await cells(), ref };
  };
  return { table, learning: learningFrom(cells) };
}

/** Pick the cells to show beside a decision (none when it asks). */
export function cellsForDecision(
  decision: RouteDecision,
  read: { table?: CellTable; ref?: string; why?: string },
  max = 10,
): RouteCells {
  const ledger = read.ref ? { ref: read.ref } : { none: read.why ?? 'no ledger' };
  const lbMethod = read.table?.lbMethod ?? ACCEPTANCE_LB_METHOD;
  if (decision.type !== 'route' || !read.table)
    return { ledger, lbMethod, chosen: [], alternatives: [] };
  const plan = decision.plan;
  const models = new Set(plan.models);
  const sameWork = read.table.cells.filter((c) => c.kind === plan.kind && c.size === plan.size);
  const isChosen = (c: OutcomeCell) =>
    c.rule === plan.rule.id && c.persona === plan.persona && models.has(c.model);
  const chosen = sameWork
    .filter(isChosen)
    .sort((a, b) => plan.models.indexOf(a.model) - plan.models.indexOf(b.model));
  const alternatives = sameWork
    .filter((c) => !isChosen(c))
    .sort(
      (a, b) =>
        (b.acceptanceLB ?? -1) - (a.acceptanceLB ?? -1) ||
        b.tasks - a.tasks ||
        a.model.localeCompare(b.model),
    )
    .slice(0, max);
  return { ledger, lbMethod, chosen, alternatives };
}
