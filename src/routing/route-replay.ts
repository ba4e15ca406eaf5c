import type { AiosConfig } from '../config/config-schema.js';
import type { CellTable, OutcomeCell, PopulationGroup } from '../reports/cells.js';
import { cellId } from '../core/cell-key.js';
import { wilsonLowerBound } from '../reports/cells.js';
import { cellLookup, learnedChoice } from './learn-apply.js';
import { cascadeStart } from './cascade-plan.js';
import { rerouteDisabledTier } from './risk-and-tiers.js';
import { costsMoreThan } from '../config/model-cost.js';

/**
 * `aios route replay`: the ledger's tasks routed again, by estimate. Each task keeps its rule,
 * persona, kind, size and risk; what changes is the model. A task's acceptance and cost on a
 * model are estimated from outcome cells (the "direct method" of off-policy evaluation):
 * its own cell (rule, persona, model, kind, size) when that has decided outcomes, else the
 * model's cells of the same kind and size pooled, else of the same kind. The figures are the
 * ones the routing literature reports (RouteLLM, Ong et al. 2024): the premium-call share a
 * router needs to reach 50/80/95% of all-premium acceptance, and the cost–acceptance frontier
 * of routing policies. Formulas in docs/routing-learning.md.
 */

/** One task group's estimate on one model. */
interface Estimate {
  readonly accepted: number;
  readonly decided: number;
  readonly acceptance: number;
  readonly lb: number;
  /** Mean spend per task on this model, micro-dollars (fractional: an estimate). */
  readonly costPerTask: number;
  /** Where the estimate came from: the task's own cell, or pooled over kind+size or kind. */
  readonly from: 'cell' | 'kind-size' | 'kind';
}

/** A point of a routing policy: share of tasks on the premium model, acceptance, cost. */
export interface ReplayPoint {
  readonly policy: string;
  readonly premiumShare: number;
  /** Expected acceptance over the replayed tasks. */
  readonly acceptance: number;
  /** Expected spend over the replayed tasks, integer micro-dollars (rounded half up). */
  readonly costMicros: number;
  /** costMicros ÷ expected accepted outcomes, rounded; null when nothing is accepted. */
  readonly costPerAcceptedMicros: number | null;
}

/** The premium share a policy needs to reach a target acceptance. */
export interface ShareNeeded {
  /** The fraction asked for (0.5, 0.8, 0.95). */
  readonly fraction: number;
  /** The acceptance that fraction stands for. */
  readonly target: number;
  /** Smallest share of tasks on the premium model that reaches it (the best-first router); null if none does. */
  readonly premiumShare: number | null;
  readonly premiumTasks: number | null;
}

export interface ReplayResult {
  readonly premium: string;
  readonly lbMethod: string;
  /** Tasks the ledger holds in cells; those replayed (both a premium and a cheaper estimate exist). */
  readonly ledgerTasks: number;
  readonly replayedTasks: number;
  /** Tasks left out, and why. */
  readonly skipped: { readonly noPremiumEstimate: number; readonly noCheaperEstimate: number };
  /** Estimates from pooled cells rather than the task's own (per replayed task and model pair). */
  readonly pooledEstimates: number;
  readonly allPremium: ReplayPoint;
  readonly allCheap: ReplayPoint;
  /** The config as written (its rules' tiers, `learn: apply` clauses acted on). */
  readonly config: ReplayPoint & {
    readonly learnApplied: number;
    /**
     * Tasks the config routes nowhere (rule gone, or no allowed tier) or to a model with no
     * estimate: their own model's estimate is used.
     */
    readonly unestimated: number;
  };
  /** Share needed for 50/80/95% of all-premium acceptance. */
  readonly premiumShareFor: readonly ShareNeeded[];
  /** The same against the gap (RouteLLM's CPT): all-cheap + x × (all-premium − all-cheap). */
  readonly premiumShareForGap: readonly ShareNeeded[];
  /** The best-first router's curve, one point per percent of premium share. */
  readonly curve: readonly ReplayPoint[];
  /**
   * `learn`-style thresholds: cheap when the task's own cheaper cell (never a pooled estimate)
   * has the samples and its lower bound reaches t, else premium.
   */
  readonly thresholds: readonly (ReplayPoint & { readonly minAcceptanceLB: number })[];
  /** Points no other point beats on both cost and acceptance, cheapest first. */
  readonly frontier: readonly ReplayPoint[];
}

export interface ReplayOptions {
  /** The premium model (default: the config's dearest model that has cells). */
  readonly premium?: string | undefined;
  /** Lower-bound thresholds to replay as policies. */
  readonly thresholds?: readonly number[] | undefined;
  /** Decided outcomes a cheaper cell needs under a threshold policy (default 20). */
  readonly minSamples?: number | undefined;
}

const FRACTIONS = [0.5, 0.8, 0.95] as const;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95] as const;
const EPS = 1e-12;

interface Pool {
  accepted: number;
  decided: number;
  spend: number;
  tasks: number;
}

function addPool(map: Map<string, Pool>, key: string, c: OutcomeCell): void {
  let p = map.get(key);
  if (!p) map.set(key, (p = { accepted: 0, decided: 0, spend: 0, tasks: 0 }));
  p.accepted += c.accepted;
  p.decided += c.decided;
  p.spend += c.spendMicros;
  p.tasks += c.tasks;
}

const estimateOf = (p: Pool, from: Estimate['from']): Estimate => ({
  accepted: p.accepted,
  decided: p.decided,
  acceptance: p.accepted / p.decided,
  lb: wilsonLowerBound(p.accepted, p.decided) ?? 0,
  costPerTask: p.spend / p.tasks,
  from,
});

/** A group of identical tasks, with its estimates on the premium and the cheaper model. */
interface Row {
  readonly group: PopulationGroup;
  readonly n: number;
  readonly strong: Estimate;
  readonly weak: Estimate;
  readonly configured: Estimate;
  readonly configuredPremium: boolean;
  readonly learned: boolean;
  readonly unestimated: boolean;
}

function point(
  policy: string,
  n: number,
  premiumTasks: number,
  accepted: number,
  cost: number,
): ReplayPoint {
  const costMicros = Math.round(cost);
  return {
    policy,
    premiumShare: n === 0 ? 0 : premiumTasks / n,
    acceptance: n === 0 ? 0 : accepted / n,
    costMicros,
    costPerAcceptedMicros: accepted > EPS ? Math.round(costMicros / accepted) : null,
  };
}

/** Replay the ledger's cells through a config. Pure: the caller reads the ledger. */
export function replayRouting(
  table: CellTable,
  config: AiosConfig,
  options: ReplayOptions = {},
): ReplayResult {
  const own = new Map<string, Pool>();
  const kindSize = new Map<string, Pool>();
  const kindOnly = new Map<string, Pool>();
  const S = '\u0000';
  for (const c of table.cells) {
    if (c.decided === 0 || c.tasks === 0) continue;
    addPool(own, cellId(c), c);
    addPool(kindSize, `${c.model}${S}${c.kind}${S}${c.size}`, c);
    addPool(kindOnly, `${c.model}${S}${c.kind}`, c);
  }
  const estimate = (g: PopulationGroup, model: string): Estimate | undefined => {
    const a = own.get(cellId({ ...g, model }));
    if (a) return estimateOf(a, 'cell');
    const b = kindSize.get(`${model}${S}${g.kind}${S}${g.size}`);
    if (b) return estimateOf(b, 'kind-size');
    const c = kindOnly.get(`${model}${S}${g.kind}`);
    return c ? estimateOf(c, 'kind') : undefined;
  };

  // The premium model: asked for, else the dearest configured model the cells know.
  const seen = new Set(table.cells.map((c) => c.model));
  const known = Object.keys(config.models).filter((id) => seen.has(id));
  const dearer = (a: string, b: string): number => {
    const ma = config.models[a];
    const mb = config.models[b];
    if (!ma || !mb) return a.localeCompare(b);
    return costsMoreThan(ma, mb) ? -1 : costsMoreThan(mb, ma) ? 1 : a.localeCompare(b);
  };
  const premium = options.premium ?? [...known].sort(dearer)[0] ?? '';
  const cheaperModels = known.filter((id) => id !== premium);
  const lookup = cellLookup(table);

  const rows: Row[] = [];
  let noPremium = 0;
  let noCheaper = 0;
  let pooled = 0;
  for (const g of table.population) {
    const strong = estimate(g, premium);
    if (!strong) {
      noPremium += g.tasks;
      continue;
    }
    // The cheaper model for this task: the cheapest with an estimate (then the lower cost).
    let weak: Estimate | undefined;
    let weakId: string | undefined;
    for (const id of cheaperModels) {
      const e = estimate(g, id);
      if (!e) continue;
      const better =
        !weak ||
        weakId === undefined ||
        dearer(weakId, id) < 0 ||
        (dearer(weakId, id) === 0 && e.costPerTask < weak.costPerTask);
      if (better) [weak, weakId] = [e, id];
    }
    if (!weak || weakId === undefined) {
      noCheaper += g.tasks;
      continue;
    }
    if (strong.from !== 'cell') pooled += g.tasks;
    if (weak.from !== 'cell') pooled += g.tasks;
    // The config as written: the rule's tier's first model, moved by a `learn: apply` clause.
    // The rule's tier, rerouted as the router would when it is switched off or not allowed for the risk.
    const rule = config.rules.find((r) => r.id === g.rule);
    // A cascade starts where the router starts it: its cheap tier, or the dearest when the
    // risk may not cascade (routing/cascade-plan.ts).
    const start = rule ? cascadeStart(rule, g.risk, config) : undefined;
    const placed = start
      ? rerouteDisabledTier(start.tier, start.fallback, g.risk, config)
      : undefined;
    const tierId = placed?.type === 'tier' ? placed.tier : undefined;
    const written = tierId === undefined ? undefined : config.tiers[tierId]?.models[0];
    let target = written ?? g.model;
    let learned = false;
    if (
      written !== undefined &&
      rule?.learn?.mode === 'apply' &&
      g.risk !== 'high' &&
      rule.learn.risks.includes(g.risk)
    ) {
      const { chosen } = learnedChoice(
        {
          rule,
          learn: rule.learn,
          risk: g.risk,
          persona: g.persona,
          kind: g.kind,
          size: g.size,
          from: { model: target, tier: tierId ?? rule.route.tier },
        },
        config,
        lookup,
      );
      if (chosen) [target, learned] = [chosen.model, true];
    }
    // A configured model with no estimate: the task's own model's, else the premium one's.
    let used = target;
    let configured = estimate(g, target);
    const unestimated = configured === undefined || written === undefined;
    if (!configured) [configured, used] = [estimate(g, g.model), g.model];
    if (!configured) [configured, used] = [strong, premium];
    rows.push({
      group: g,
      n: g.tasks,
      strong,
      weak,
      configured,
      configuredPremium: used === premium,
      learned,
      unestimated,
    });
  }

  const N = rows.reduce((s, r) => s + r.n, 0);
  const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + r.n * f(r), 0);
  const aP = sum((r) => r.strong.acceptance);
  const cP = sum((r) => r.strong.costPerTask);
  const aW = sum((r) => r.weak.acceptance);
  const cW = sum((r) => r.weak.costPerTask);
  const allPremium = point('all-premium', N, N, aP, cP);
  const allCheap = point('all-cheap', N, 0, aW, cW);
  const configPoint = {
    ...point(
      'config',
      N,
      rows.reduce((s, r) => s + (r.configuredPremium ? r.n : 0), 0),
      sum((r) => r.configured.acceptance),
      sum((r) => r.configured.costPerTask),
    ),
    learnApplied: rows.reduce((s, r) => s + (r.learned ? r.n : 0), 0),
    unestimated: rows.reduce((s, r) => s + (r.unestimated ? r.n : 0), 0),
  };

  // The best-first router: premium for the tasks it helps most (acceptance gained, then cost).
  const order = [...rows].sort(
    (a, b) =>
      b.strong.acceptance - b.weak.acceptance - (a.strong.acceptance - a.weak.acceptance) ||
      b.weak.costPerTask - b.strong.costPerTask - (a.weak.costPerTask - a.strong.costPerTask) ||
      keyText(a.group).localeCompare(keyText(b.group)),
  );
  /** Accepted and cost with the first k tasks (in order) on premium. */
  const at = (k: number): { accepted: number; cost: number } => {
    let accepted = aW;
    let cost = cW;
    let left = k;
    for (const r of order) {
      if (left <= 0) break;
      const m = Math.min(left, r.n);
      accepted += m * (r.strong.acceptance - r.weak.acceptance);
      cost += m * (r.strong.costPerTask - r.weak.costPerTask);
      left -= m;
    }
    return { accepted, cost };
  };
  /** The fewest premium tasks whose accepted outcomes reach `target` (an acceptance rate). */
  const needed = (fraction: number, target: number): ShareNeeded => {
    const goal = target * N - EPS * Math.max(1, N);
    let accepted = aW;
    let k = 0;
    if (accepted >= goal) return { fraction, target, premiumShare: 0, premiumTasks: 0 };
    for (const r of order) {
      const gain = r.strong.acceptance - r.weak.acceptance;
      if (gain <= 0) break;
      if (accepted + r.n * gain >= goal) {
        const m = Math.ceil((goal - accepted) / gain - EPS);
        k += Math.max(1, m);
        return { fraction, target, premiumShare: k / N, premiumTasks: k };
      }
      accepted += r.n * gain;
      k += r.n;
    }
    return { fraction, target, premiumShare: null, premiumTasks: null };
  };
  const rateP = N === 0 ? 0 : aP / N;
  const rateW = N === 0 ? 0 : aW / N;
  const premiumShareFor = FRACTIONS.map((f) => needed(f, f * rateP));
  const premiumShareForGap = FRACTIONS.map((f) =>
    needed(f, rateW + f * Math.max(0, rateP - rateW)),
  );

  const curve: ReplayPoint[] = [];
  for (let pct = 0; pct <= 100; pct++) {
    const k = Math.round((pct / 100) * N);
    const { accepted, cost } = at(k);
    curve.push(point(`best-first ${pct}%`, N, k, accepted, cost));
  }
  const minSamples = options.minSamples ?? 20;
  const thresholds = (options.thresholds ?? THRESHOLDS).map((t) => {
    let k = 0;
    let accepted = 0;
    let cost = 0;
    for (const r of rows) {
      // As `learn` decides (learn-apply.ts): only the task's own cell counts as evidence; a
      // pooled estimate (other rules' or personas' cells) never sends work to the cheaper model.
      const cheap = r.weak.from === 'cell' && r.weak.decided >= minSamples && r.weak.lb >= t;
      const e = cheap ? r.weak : r.strong;
      if (!cheap) k += r.n;
      accepted += r.n * e.acceptance;
      cost += r.n * e.costPerTask;
    }
    return { ...point(`lower bound ≥ ${t}`, N, k, accepted, cost), minAcceptanceLB: t };
  });

  // Group boundaries are the curve's corners: the frontier is taken over them exactly.
  const corners: ReplayPoint[] = [allCheap];
  let k = 0;
  for (const r of order) {
    k += r.n;
    const { accepted, cost } = at(k);
    corners.push(point(`best-first ${k}/${N}`, N, k, accepted, cost));
  }
  const frontier = paretoFrontier([allPremium, allCheap, configPoint, ...thresholds, ...corners]);
  return {
    premium,
    lbMethod: table.lbMethod,
    ledgerTasks: table.population.reduce((s, g) => s + g.tasks, 0),
    replayedTasks: N,
    skipped: { noPremiumEstimate: noPremium, noCheaperEstimate: noCheaper },
    pooledEstimates: pooled,
    allPremium,
    allCheap,
    config: configPoint,
    premiumShareFor,
    premiumShareForGap,
    curve,
    thresholds,
    frontier,
  };
}

function keyText(g: PopulationGroup): string {
  return `${g.rule}/${g.persona}/${g.model}/${g.kind}/${g.size}/${g.risk}`;
}

/** Points not beaten on both cost and acceptance, cheapest first (ties: the first named). */
export function paretoFrontier(points: readonly ReplayPoint[]): ReplayPoint[] {
  const sorted = [...points].sort(
    (a, b) => a.costMicros - b.costMicros || b.acceptance - a.acceptance,
  );
  const out: ReplayPoint[] = [];
  let best = -Infinity;
  for (const p of sorted)
    if (p.acceptance > best + EPS) {
      out.push(p);
      best = p.acceptance;
    }
  return out;
}
