import picomatch from 'picomatch';
import type { AiosConfig, ModelConfig, RuleConfig } from '../config/config-schema.js';
import type { Plan, RouteDecision, RuleTrace } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { pathsNamedIn } from '../core/task-paths.js';
import type { Size } from '../core/work.js';
import { canonicalGateId } from '../gates/gate-catalog.js';

/** What the router needs besides the task: the config and its hash. */
export interface RouterInput {
  readonly task: Task;
  readonly config: AiosConfig;
  readonly configHash: string;
  /** A person's choice of persona (`/aios route <persona>`), which wins over the rules. */
  readonly personaOverride?: { persona: string; by: string } | undefined;
  /**
   * The personas' own lanes, by id: a rule is skipped for a kind its persona does not accept,
   * and the persona's gates run in addition to the rule's. Absent: the rules alone decide.
   */
  readonly lanes?: ReadonlyMap<string, PersonaLane> | undefined;
}

/** What routing reads from a persona's front matter. */
export interface PersonaLane {
  readonly kinds: readonly string[];
  readonly tier?: string | undefined;
  readonly gates: readonly string[];
}

/**
 * Classify the work kind: the kind the person named, else the one kind whose labels the task
 * carries. Two kinds at once is ambiguous: the router asks rather than picks.
 */
export function classifyKind(
  task: Task,
  config: AiosConfig,
): { kind?: string; candidates: string[] } {
  if (task.kind) return { kind: task.kind, candidates: [task.kind] };
  const labels = new Set(task.labels.map((l) => l.toLowerCase()));
  const candidates = Object.entries(config.kinds)
    .filter(([, k]) => k.labels.some((l) => labels.has(l.toLowerCase())))
    .map(([id]) => id);
  return candidates.length === 1 ? { kind: candidates[0], candidates } : { candidates };
}

function sizeOf(task: Task): Size {
  if (task.estimate === undefined) return 'M';
  if (typeof task.estimate === 'string') return task.estimate;
  return task.estimate <= 60 ? 'S' : task.estimate <= 180 ? 'M' : 'L';
}

/** Does a rule's `when` match? Returns the reason either way, for the trace. */
function matchRule(
  rule: RuleConfig,
  task: Task,
  kind: string,
  size: Size,
  paths: string[],
): RuleTrace {
  const w = rule.when;
  const miss = (why: string): RuleTrace => ({ rule: rule.id, matched: false, why });
  if (w.kinds && !w.kinds.includes(kind))
    return miss(`kind is ${kind}, rule wants ${w.kinds.join(' or ')}`);
  if (w.labels) {
    const have = new Set(task.labels.map((l) => l.toLowerCase()));
    if (!w.labels.some((l) => have.has(l.toLowerCase())))
      return miss(`no label among ${w.labels.join(', ')}`);
  }
  if (w.clients && (!task.client || !w.clients.includes(task.client))) {
    return miss(`client is ${task.client ?? 'unset'}, rule wants ${w.clients.join(' or ')}`);
  }
  if (w.sizes && !w.sizes.includes(size))
    return miss(`size is ${size}, rule wants ${w.sizes.join(' or ')}`);
  if (w.paths) {
    const isMatch = picomatch(w.paths, { dot: true });
    if (!paths.some((p) => isMatch(p))) return miss(`no named path matches ${w.paths.join(', ')}`);
  }
  const parts = [
    w.kinds && `kind ${kind}`,
    w.labels && `label among ${w.labels.join(', ')}`,
    w.clients && `client ${task.client}`,
    w.sizes && `size ${size}`,
    w.paths && `path matches ${w.paths.join(', ')}`,
  ].filter(Boolean);
  return {
    rule: rule.id,
    matched: true,
    why: parts.length ? parts.join('; ') : 'matches every task',
  };
}

/** Billing classes from cheapest to dearest for a task: what `same-or-cheaper` compares first. */
const BILLING_RANK: Readonly<Record<ModelConfig['billing'], number>> = {
  local: 0,
  scripted: 1,
  flat: 2,
  api: 3,
};

/**
 * Is model `a` dearer than model `b`? By billing class first (local < scripted < flat < api);
 * between two API-billed models by output price, then input price, since output tokens dominate
 * what an answer costs. Models of the same non-API class cost the same for this purpose.
 */
export function costsMoreThan(a: ModelConfig, b: ModelConfig): boolean {
  const byBilling = BILLING_RANK[a.billing] - BILLING_RANK[b.billing];
  if (byBilling !== 0 || a.billing !== 'api') return byBilling > 0;
  if (a.price.outputPerMTokMicros !== b.price.outputPerMTokMicros)
    return a.price.outputPerMTokMicros > b.price.outputPerMTokMicros;
  return a.price.inputPerMTokMicros > b.price.inputPerMTokMicros;
}

/**
 * The tier's models a rule lets the work use, in order: `any` keeps every fallback, `none` only
 * the first model, and `same-or-cheaper` drops fallbacks that cost more than the first, so an
 * outage of the cheap model never silently moves the work onto a dearer bill.
 */
export function fallbackModels(
  tierModels: readonly string[],
  fallback: RuleConfig['route']['fallback'],
  config: Pick<AiosConfig, 'models'>,
): string[] {
  const [first, ...rest] = tierModels;
  if (first === undefined) return [];
  if (fallback === 'none') return [first];
  if (fallback === 'any') return [...tierModels];
  const primary = config.models[first];
  if (!primary) throw new Error(`config validated, yet model ${first} is missing`);
  return [
    first,
    ...rest.filter((id) => {
      const model = config.models[id];
      return model !== undefined && !costsMoreThan(model, primary);
    }),
  ];
}

/**
 * Route a task by the written rules, first match wins. The decision names the rule that fired
 * and, for every other rule, why it did not. No match, or an ambiguous kind, asks a human.
 */
export function route(input: RouterInput): RouteDecision {
  const { task, config } = input;
  const { kind, candidates } = classifyKind(task, config);
  if (!kind) {
    const reason =
      candidates.length === 0
        ? `no kind of work matches the labels [${task.labels.join(', ')}]`
        : `the labels match more than one kind of work: ${candidates.join(', ')}`;
    return {
      type: 'ask',
      reason,
      questions: [
        `Which kind of work is this? Add one label for it: ${Object.entries(config.kinds)
          .map(([id, k]) => `${id} (${k.labels.join('/')})`)
          .join(', ')}.`,
      ],
      trace: [],
      kind: undefined,
    };
  }
  const kindConfig = config.kinds[kind];
  if (!kindConfig) {
    return {
      type: 'ask',
      reason: `the task names kind "${kind}", which the config does not define`,
      questions: [
        `Which kind of work is this? Known kinds: ${Object.keys(config.kinds).join(', ')}.`,
      ],
      trace: [],
      kind,
    };
  }

  const size = sizeOf(task);
  const paths = pathsNamedIn(`${task.title}\n${task.body}`);
  const trace: RuleTrace[] = [];
  let chosen: RuleConfig | undefined;
  for (const rule of config.rules) {
    if (chosen) {
      trace.push({ rule: rule.id, matched: false, why: `not reached: ${chosen.id} fired first` });
      continue;
    }
    let t = matchRule(rule, task, kind, size, paths);
    const lane = input.lanes?.get(rule.route.persona);
    if (t.matched && lane && !lane.kinds.includes(kind))
      t = {
        rule: rule.id,
        matched: false,
        why: `persona ${rule.route.persona} does not accept kind ${kind} (it takes ${lane.kinds.join(', ')})`,
      };
    trace.push(t);
    if (t.matched) chosen = rule;
  }
  if (!chosen) {
    return {
      type: 'ask',
      reason: `no routing rule matches this ${kind} task`,
      questions: [
        'No written rule covers this work. Which persona should take it, or should a rule be added?',
      ],
      trace,
      kind,
    };
  }

  const override = input.personaOverride;
  const persona = override?.persona ?? chosen.route.persona;
  const personaLane = input.lanes?.get(persona);
  // The rule's tier, even for a person's choice of persona: a tier is a spending decision the
  // rules make. (A handoff with no rule of its own uses the persona's tier: decline-handoff.ts.)
  const tierId = chosen.route.tier;
  const tier = config.tiers[tierId];
  if (!tier) throw new Error(`config validated, yet tier ${tierId} is missing`);
  const byHand =
    typeof task.estimate === 'number'
      ? { minutes: task.estimate, source: 'task estimate (minutes)' }
      : {
          minutes: kindConfig.byHandMinutes[size],
          source: `config kinds.${kind}.byHandMinutes.${size}`,
        };

  const plan: Plan = {
    task: task.id,
    kind,
    risk: chosen.risk,
    size,
    client: task.client,
    rule: { id: chosen.id, reason: chosen.reason },
    configHash: input.configHash,
    persona,
    tier: tierId,
    models: fallbackModels(tier.models, chosen.route.fallback, config),
    fallback: chosen.route.fallback,
    gates: [
      ...new Set(
        [...kindConfig.gates, ...(chosen.route.gates ?? []), ...(personaLane?.gates ?? [])].map(
          canonicalGateId,
        ),
      ),
    ],
    maxAttempts: chosen.route.maxAttempts,
    approvers: chosen.route.approvers ?? config.signoff.approvers,
    byHand,
    overriddenBy: override?.by,
    trace,
  };
  return { type: 'route', plan };
}
