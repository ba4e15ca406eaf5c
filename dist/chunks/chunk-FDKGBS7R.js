import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  learningFrom,
  ledgerCells
} from "./chunk-GRDGC47R.js";
import {
  ledgerReadRef,
  resolveLedgerRef
} from "./chunk-SW6LTCAU.js";
import {
  ACCEPTANCE_LB_METHOD
} from "./chunk-WF7FCXME.js";
import {
  refExists
} from "./chunk-OMXXCWD7.js";

// src/app/route-cells.ts
function routeCellSource(repoDir, config, explicit) {
  const ref = explicit ?? ledgerReadRef(config.ledger);
  const cells = ledgerCells(repoDir, ref, config);
  const table = async () => {
    if (explicit)
      await resolveLedgerRef(repoDir, config.ledger, explicit);
    else if (!await refExists(repoDir, ref))
      return { why: `there is no ledger branch ${config.ledger.branch} at ${ref} yet` };
    return { table: await cells(), ref };
  };
  return { table, learning: learningFrom(cells) };
}
function cellsForDecision(decision, read, max = 10) {
  const ledger = read.ref ? { ref: read.ref } : { none: read.why ?? "no ledger" };
  const lbMethod = read.table?.lbMethod ?? ACCEPTANCE_LB_METHOD;
  if (decision.type !== "route" || !read.table)
    return { ledger, lbMethod, chosen: [], alternatives: [] };
  const plan = decision.plan;
  const models = new Set(plan.models);
  const sameWork = read.table.cells.filter((c) => c.kind === plan.kind && c.size === plan.size);
  const isChosen = (c) => c.rule === plan.rule.id && c.persona === plan.persona && models.has(c.model);
  const chosen = sameWork.filter(isChosen).sort((a, b) => plan.models.indexOf(a.model) - plan.models.indexOf(b.model));
  const alternatives = sameWork.filter((c) => !isChosen(c)).sort(
    (a, b) => (b.acceptanceLB ?? -1) - (a.acceptanceLB ?? -1) || b.tasks - a.tasks || a.model.localeCompare(b.model)
  ).slice(0, max);
  return { ledger, lbMethod, chosen, alternatives };
}

export {
  routeCellSource,
  cellsForDecision
};
