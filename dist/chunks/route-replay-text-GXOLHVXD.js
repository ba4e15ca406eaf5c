import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  formatMicros
} from "./chunk-C56QB4EX.js";
import "./chunk-OWSLLXUM.js";

// src/routing/route-replay-text.ts
var pct = (r) => r === null ? "\u2013" : `${(r * 100).toFixed(1)}%`;
var usd = (micros) => formatMicros(micros);
function pointLine(p) {
  return `${p.policy.padEnd(22)} premium ${pct(p.premiumShare).padStart(6)}  acceptance ${pct(p.acceptance).padStart(6)}  cost ${usd(p.costMicros).padStart(12)}  per accepted ${p.costPerAcceptedMicros === null ? "\u2013" : usd(p.costPerAcceptedMicros)}`;
}
function shareLine(s, of) {
  return `  ${String(Math.round(s.fraction * 100)).padStart(2)}% of ${of} (acceptance ${pct(s.target)}): ${s.premiumShare === null ? "not reachable" : `${pct(s.premiumShare)} of tasks on premium (${s.premiumTasks})`}`;
}
function replayText(r) {
  const out = [
    `Replayed ${r.replayedTasks} of ${r.ledgerTasks} ledger tasks${r.ledgerRef ? ` (${r.ledgerRef})` : ""}; premium model ${r.premium || "(none)"}.`,
    `Skipped: ${r.skipped.noPremiumEstimate} with no premium estimate, ${r.skipped.noCheaperEstimate} with no cheaper estimate; ${r.pooledEstimates} estimates pooled over kind and size. Lower bound: ${r.lbMethod}.`,
    "",
    pointLine(r.allCheap),
    pointLine(r.config),
    pointLine(r.allPremium),
    `  (config: ${r.config.learnApplied} tasks moved by learn: apply; ${r.config.unestimated} routed nowhere by the config or to a model without an estimate)`,
    "",
    "Premium-call share needed (best-first router):",
    ...r.premiumShareFor.map((s) => shareLine(s, "all-premium acceptance")),
    ...r.premiumShareForGap.map((s) => shareLine(s, "the cheap\u2192premium gap (CPT)")),
    "",
    "Lower-bound thresholds (cheap when its cell\u2019s bound reaches t):",
    ...r.thresholds.map((p) => `  ${pointLine(p)}`),
    "",
    "Cost\u2013acceptance frontier:",
    ...r.frontier.map((p) => `  ${pointLine(p)}`),
    ""
  ];
  return out.join("\n");
}
export {
  replayText
};
