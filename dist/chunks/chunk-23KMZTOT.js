import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  cellLookup
} from "./chunk-P37YMYK7.js";
import {
  cellsFromGit
} from "./chunk-OXLFTZUD.js";
import {
  resolveLedgerRef
} from "./chunk-TNG4IYR7.js";
import {
  cellOptionsFromConfig
} from "./chunk-WMQI3HWE.js";
import {
  LedgerError
} from "./chunk-ZFFYD355.js";

// src/app/route-cells.ts
function routeCellSource(repoDir, config, ref) {
  let read;
  const table = () => read ??= (async () => {
    let resolved;
    try {
      resolved = await resolveLedgerRef(repoDir, config.ledger, ref);
    } catch (error) {
      if (error instanceof LedgerError && !ref) return { why: error.message };
      throw error;
    }
    return {
      table: await cellsFromGit(repoDir, resolved, cellOptionsFromConfig(config)),
      ref: resolved
    };
  })();
  return {
    table,
    learning: async () => {
      const t = (await table()).table;
      return t ? cellLookup(t) : void 0;
    }
  };
}
function cellsForDecision(decision, read, max = 10) {
  const ledger = read.ref ? { ref: read.ref } : { none: read.why ?? "no ledger" };
  const lbMethod = read.table?.lbMethod ?? "wilson-score-lower-95-one-sided";
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
