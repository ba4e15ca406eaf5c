import { formatMicros } from '../core/money.js';
import type { ReplayPoint, ReplayResult, ShareNeeded } from './route-replay.js';

const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
const usd = (micros: number): string => formatMicros(micros);

function pointLine(p: ReplayPoint): string {
  return `${p.policy.padEnd(22)} premium ${pct(p.premiumShare).padStart(6)}  acceptance ${pct(p.acceptance).padStart(6)}  cost ${usd(p.costMicros).padStart(12)}  per accepted ${p.costPerAcceptedMicros === null ? '–' : usd(p.costPerAcceptedMicros)}`;
}

function shareLine(s: ShareNeeded, of: string): string {
  return `  ${String(Math.round(s.fraction * 100)).padStart(2)}% of ${of} (acceptance ${pct(s.target)}): ${s.premiumShare === null ? 'not reachable' : `${pct(s.premiumShare)} of tasks on premium (${s.premiumTasks})`}`;
}

/** `aios route replay` for a terminal. */
export function replayText(r: ReplayResult & { ledgerRef?: string }): string {
  const out = [
    `Replayed ${r.replayedTasks} of ${r.ledgerTasks} ledger tasks${r.ledgerRef ? ` (${r.ledgerRef})` : ''}; premium model ${r.premium || '(none)'}.`,
    `Skipped: ${r.skipped.noPremiumEstimate} with no premium estimate, ${r.skipped.noCheaperEstimate} with no cheaper estimate; ${r.pooledEstimates} estimates pooled over kind and size. Lower bound: ${r.lbMethod}.`,
    '',
    pointLine(r.allCheap),
    pointLine(r.config),
    pointLine(r.allPremium),
    `  (config: ${r.config.learnApplied} tasks moved by learn: apply; ${r.config.unestimated} routed nowhere by the config or to a model without an estimate)`,
    '',
    'Premium-call share needed (best-first router):',
    ...r.premiumShareFor.map((s) => shareLine(s, 'all-premium acceptance')),
    ...r.premiumShareForGap.map((s) => shareLine(s, 'the cheap→premium gap (CPT)')),
    '',
    'Lower-bound thresholds (cheap when its cell’s bound reaches t):',
    ...r.thresholds.map((p) => `  ${pointLine(p)}`),
    '',
    'Cost–acceptance frontier:',
    ...r.frontier.map((p) => `  ${pointLine(p)}`),
    '',
  ];
  return out.join('\n');
}
