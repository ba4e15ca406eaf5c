import type { AiosConfig, RuleConfig } from '../config/config-schema.js';
import { learnCandidates, type LearnPolicy } from '../config/learn-policy.js';
import { ACCEPTANCE_LB_METHOD, cellId } from '../core/cell-key.js';
import type { CellEvidence, LearnRecord } from '../core/learn-record.js';
import type { Plan, RouteDecision, RuleTrace } from '../core/plan.js';
import type { Risk } from '../core/work.js';
import type { CellKey, CellTable, OutcomeCell } from '../reports/cells.js';
import { costsMoreThan } from '../config/model-cost.js';
import { fallbackModels } from './router.js';

/** The outcome cells, found by key: what a `learn` clause reads. */
export interface CellLookup {
  readonly lbMethod: string;
  get(key: CellKey): OutcomeCell | undefined;
}

/** Index a cell table by key. */
export function cellLookup(table: Pick<CellTable, 'cells' | 'lbMethod'>): CellLookup {
  const byKey = new Map(table.cells.map((c) => [cellId(c), c]));
  return { lbMethod: table.lbMethod, get: (k) => byKey.get(cellId(k)) };
}

const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);

/** The evidence line of one candidate, for the trace. */
function evidenceText(e: CellEvidence, minSamples: number, minLB: number): string {
  if (e.decided === 0) return `${e.model} on ${e.tier}: no decided outcomes in its cell`;
  const samples = e.decided >= minSamples ? 'meets' : 'below';
  const lb = (e.acceptanceLB ?? 0) >= minLB ? 'meets' : 'below';
  return `${e.model} on ${e.tier}: ${e.accepted}/${e.decided} accepted (${pct(e.acceptance)}, LB ${pct(e.acceptanceLB)}); samples ${samples} ${minSamples}, LB ${lb} ${pct(minLB)}`;
}

/** The task a clause is asked about: its rule, risk and cell key but for the model. */
export interface LearnQuestion {
  readonly rule: RuleConfig;
  readonly learn: LearnPolicy;
  readonly risk: Risk;
  readonly persona: string;
  readonly kind: string;
  readonly size: string;
  /** The written route's first model and tier. */
  readonly from: { readonly model: string; readonly tier: string };
}

/**
 * The candidates of a clause with their cells' evidence, and the first that qualifies: in
 * `cheaper` order, only on tiers switched on and allowed for the risk, a cell with at least
 * `minSamples` decided outcomes and an acceptance lower bound of at least `minAcceptanceLB`.
 * The caller has already refused high risk and risks the clause does not name.
 */
export function learnedChoice(
  q: LearnQuestion,
  config: AiosConfig,
  cells: CellLookup,
): { evidence: CellEvidence[]; chosen: CellEvidence | undefined } {
  const allowed = config.risk.levels[q.risk].tiers;
  const evidence: CellEvidence[] = [];
  let chosen: CellEvidence | undefined;
  for (const c of learnCandidates(q.learn.cheaper, config)) {
    if (config.tiers[c.tier]?.enabled === false) continue;
    if (allowed && !allowed.includes(c.tier)) continue;
    if (c.model === q.from.model && c.tier === q.from.tier) continue;
    // Only ever cheaper than the model the plan is on now (a rerouted tier may be cheap already).
    const [to, from] = [config.models[c.model], config.models[q.from.model]];
    if (to && from && costsMoreThan(to, from)) continue;
    const key = { rule: q.rule.id, persona: q.persona, model: c.model, kind: q.kind, size: q.size };
    const cell = cells.get(key);
    const e: CellEvidence = {
      name: c.name,
      model: c.model,
      tier: c.tier,
      cell: key,
      tasks: cell?.tasks ?? 0,
      decided: cell?.decided ?? 0,
      accepted: cell?.accepted ?? 0,
      acceptance: cell?.acceptance ?? null,
      acceptanceLB: cell?.acceptanceLB ?? null,
      firstPassRate: cell?.firstPassRate ?? null,
      costPerAcceptedMicros: cell?.costPerAcceptedMicros ?? null,
      meets:
        cell !== undefined &&
        cell.decided >= q.learn.minSamples &&
        (cell.acceptanceLB ?? 0) >= q.learn.minAcceptanceLB,
    };
    evidence.push(e);
    if (e.meets && !chosen) chosen = e;
  }
  return { evidence, chosen };
}

/**
 * Apply the chosen rule's `learn` clause to a routed plan. With no clause, or a person's choice
 * of persona, the decision is returned as it is. Otherwise every candidate in `cheaper` (in
 * order, only on tiers the task's risk allows and that are switched on) is looked up in the
 * cell (rule, persona, model, kind, size); the first whose cell has at least `minSamples`
 * decided outcomes and an acceptance lower bound of at least `minAcceptanceLB` qualifies.
 * `apply` moves the plan onto it; `advise` only records it. High-risk work, and risks the
 * clause does not name, are never moved. Either way the plan carries the record (`plan.learn`)
 * and the trace a line naming the rule's clause.
 */
export function applyLearning(
  decision: RouteDecision,
  config: AiosConfig,
  cells: CellLookup | undefined,
): RouteDecision {
  if (decision.type !== 'route') return decision;
  const plan = decision.plan;
  const rule = config.rules.find((r) => r.id === plan.rule.id);
  const learn = rule?.learn;
  if (!rule || !learn || plan.overriddenBy) return decision;
  const from = { model: plan.models[0] ?? '', tier: plan.tier };
  const base = {
    rule: rule.id,
    mode: learn.mode,
    from,
    minSamples: learn.minSamples,
    minAcceptanceLB: learn.minAcceptanceLB,
    lbMethod: cells?.lbMethod ?? ACCEPTANCE_LB_METHOD,
  };
  const clause = `${rule.id}.learn (${learn.mode})`;
  const done = (record: LearnRecord, next: Plan = plan): RouteDecision => {
    const line: RuleTrace = { rule: clause, matched: record.applied, why: record.why };
    return { type: 'route', plan: { ...next, learn: record, trace: [...next.trace, line] } };
  };
  // Never for high risk, whatever the clause says (the schema refuses it too).
  if (plan.risk === 'high' || !learn.risks.includes(plan.risk))
    return done({
      ...base,
      applied: false,
      evidence: [],
      why: `not considered: the task is ${plan.risk} risk, and the clause acts on ${learn.risks.join(', ')} only${plan.risk === 'high' ? ' (never high)' : ''}`,
    });
  if (!cells)
    return done({
      ...base,
      applied: false,
      evidence: [],
      why: 'not considered: no ledger outcome cells were available to this plan',
    });

  const { evidence, chosen } = learnedChoice(
    { rule, learn, risk: plan.risk, persona: plan.persona, kind: plan.kind, size: plan.size, from },
    config,
    cells,
  );
  const seen = evidence.map((e) => evidenceText(e, learn.minSamples, learn.minAcceptanceLB));
  if (!chosen)
    return done({
      ...base,
      applied: false,
      evidence,
      why: `kept ${from.model} on ${from.tier}: no cheaper cell qualifies${seen.length ? ` (${seen.join('; ')})` : ' (no usable candidate for this risk)'}`,
    });
  const to = { model: chosen.model, tier: chosen.tier };
  const detail = evidenceText(chosen, learn.minSamples, learn.minAcceptanceLB);
  if (learn.mode === 'advise')
    return done({
      ...base,
      applied: false,
      to,
      evidence,
      why: `advise: ${to.model} on ${to.tier} qualifies instead of ${from.model} on ${from.tier} (${detail}); not applied`,
    });
  const tier = config.tiers[to.tier];
  if (!tier) return decision; // learnCandidates returns configured tiers only
  const models = fallbackModels(
    [to.model, ...tier.models.filter((m) => m !== to.model)],
    rule.route.fallback,
    config,
  );
  return done(
    {
      ...base,
      applied: true,
      to,
      evidence,
      why: `routed to ${to.model} on ${to.tier} instead of ${from.model} on ${from.tier}: ${detail}`,
    },
    { ...plan, tier: to.tier, models },
  );
}
