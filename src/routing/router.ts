import type { AiosConfig, RuleConfig } from '../config/config-schema.js';
import { costsMoreThan } from '../config/model-cost.js';
import type { Plan, RouteDecision, RuleTrace } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { pathsNamedIn } from '../core/task-paths.js';
import type { Risk, Size } from '../core/work.js';
import { canonicalGateId } from '../gates/gate-catalog.js';
import { classifyTask, type Classification } from './classify-task.js';
import type { CompiledRule } from './compiled-rules.js';
import { compiledRouting } from './compiled-rules.js';
import { rerouteDisabledTier, riskOf } from './risk-and-tiers.js';
import { cascadeStart } from './cascade-plan.js';
import { closestName } from '../core/did-you-mean.js';

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
  /** The task classified beforehand (with the classifier model's answer); absent: classified here. */
  readonly classification?: Classification | undefined;
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
  const c = classifyTask(task, config);
  return c.kind ? { kind: c.kind, candidates: [c.kind] } : { candidates: [...c.candidates] };
}

function sizeOf(estimate: Task['estimate']): Size {
  if (estimate === undefined) return 'M';
  if (typeof estimate === 'string') return estimate;
  return estimate <= 60 ? 'S' : estimate <= 180 ? 'M' : 'L';
}

/** Does a rule's `when` match? Returns the reason either way, for the trace. */
function matchRule(
  c: CompiledRule,
  client: string | undefined,
  taskLabels: ReadonlySet<string>,
  kind: string,
  size: Size,
  paths: readonly string[],
): RuleTrace {
  const { rule, wants } = c;
  if (c.kinds && !c.kinds.has(kind))
    return { rule: rule.id, matched: false, why: `kind is ${kind}, rule wants ${wants.kinds}` };
  if (c.labels) {
    let any = false;
    for (const l of taskLabels) if (c.labels.has(l)) any = true;
    if (!any) return { rule: rule.id, matched: false, why: `no label among ${wants.labels}` };
  }
  if (c.clients && (!client || !c.clients.has(client)))
    return {
      rule: rule.id,
      matched: false,
      why: `client is ${client ?? 'unset'}, rule wants ${wants.clients}`,
    };
  if (c.sizes && !c.sizes.has(size))
    return { rule: rule.id, matched: false, why: `size is ${size}, rule wants ${wants.sizes}` };
  if (c.paths) {
    let any = false;
    for (const p of paths) if (c.paths(p)) any = true;
    if (!any) return { rule: rule.id, matched: false, why: `no named path matches ${wants.paths}` };
  }
  const parts = [
    c.kinds && `kind ${kind}`,
    c.labels && `label among ${wants.labels}`,
    c.clients && `client ${client}`,
    c.sizes && `size ${size}`,
    c.paths && `path matches ${wants.paths}`,
  ].filter(Boolean);
  return {
    rule: rule.id,
    matched: true,
    why: parts.length ? parts.join('; ') : 'matches every task',
  };
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
 * `Did you mean the label "content-audit" (not "contnet-audit")? ` for each of the task's labels
 * that is close to a kind's label without being one (see `closestName`); the intake labels are
 * not kinds' labels and are left alone.
 */
function closeLabels(labels: readonly string[], config: AiosConfig): string {
  const known = [...new Set(Object.values(config.kinds).flatMap((k) => k.labels))];
  const own = new Set([config.intake.label, config.intake.needsHumanLabel]);
  const hints: string[] = [];
  for (const label of labels) {
    if (own.has(label) || label.startsWith(`${config.intake.label}:`) || known.includes(label))
      continue;
    const closest = closestName(label, known);
    if (closest) hints.push(`"${closest}" (not "${label}")`);
  }
  return hints.length ? `Did you mean the label ${hints.join(' and ')}? ` : '';
}

/**
 * Route a task by the written rules, first match wins. The decision names the rule that fired
 * and, for every other rule, why it did not. No match, or an ambiguous kind, asks a human.
 */
export function route(input: RouterInput): RouteDecision {
  const { task, config } = input;
  // A kind set on the task after classification (a lane reroute) classifies afresh.
  const classified =
    input.classification && (!task.kind || input.classification.kind === task.kind)
      ? input.classification
      : classifyTask(task, config);
  const { kind, candidates } = classified;
  if (!kind) {
    const onlyLabels = classified.notes.every((n) => n.startsWith('labels '));
    const why = classified.notes.length ? ` (${classified.notes.join('; ')})` : '';
    const reason =
      candidates.length === 0
        ? `no kind of work matches the labels [${task.labels.join(', ')}]${why}`
        : onlyLabels
          ? `the labels match more than one kind of work: ${candidates.join(', ')}`
          : `the kind of work is not settled among ${candidates.join(', ')}${why}`;
    const listed = candidates.length > 1 ? candidates : Object.keys(config.kinds);
    const misspelt = candidates.length === 0 ? closeLabels(task.labels, config) : '';
    return {
      type: 'ask',
      reason,
      questions: [
        `Which kind of work is this? ${misspelt}Add one label for it: ${listed
          .map((id) => `${id} (${config.kinds[id]?.labels.join('/') ?? ''})`)
          .join(', ')}.`,
      ],
      trace: untried(config, candidates),
      kind: undefined,
    };
  }
  const kindConfig = config.kinds[kind];
  if (!kindConfig) {
    const closest = closestName(kind, Object.keys(config.kinds));
    return {
      type: 'ask',
      reason: `the task names kind "${kind}", which the config does not define`,
      questions: [
        `Which kind of work is this? ${closest ? `Did you mean "${closest}"? ` : ''}Known kinds: ${Object.keys(config.kinds).join(', ')}.`,
      ],
      trace: untried(config, [], `kind "${kind}" is not in the config`),
      kind,
    };
  }

  const size = sizeOf(classified.estimate);
  const client = classified.client;
  const paths = pathsNamedIn(`${task.title}\n${task.body}`);
  const trace: RuleTrace[] = [];
  let chosen: RuleConfig | undefined;
  const taskLabels = new Set(task.labels.map((l) => l.toLowerCase()));
  let notReached = '';
  for (const compiled of compiledRouting(config).rules) {
    const rule = compiled.rule;
    if (chosen) {
      trace.push({ rule: rule.id, matched: false, why: notReached });
      continue;
    }
    let t = matchRule(compiled, client, taskLabels, kind, size, paths);
    const lane = input.lanes?.get(rule.route.persona);
    if (t.matched && lane && !lane.kinds.includes(kind))
      t = {
        rule: rule.id,
        matched: false,
        why: `persona ${rule.route.persona} does not accept kind ${kind} (it takes ${lane.kinds.join(', ')})`,
      };
    trace.push(t);
    if (t.matched) {
      chosen = rule;
      notReached = `not reached: ${rule.id} fired first`;
    }
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
  // Risk: the rule's, raised by `risk.paths`; the risk decides which tiers the work may use.
  const risk: Risk = riskOf(chosen.risk, paths, config);
  // A cascade starts on its cheap tier, if the risk allows one (routing/cascade-plan.ts).
  const start = cascadeStart(chosen, risk, config);
  if (start.trace) trace.push(start.trace);
  const wantedTier = start.tier;
  const placed = rerouteDisabledTier(wantedTier, start.fallback, risk, config);
  if (placed.type === 'ask')
    return {
      type: 'ask',
      reason: placed.reason,
      questions: [
        `${placed.reason}. Which tier should take this work, or should the switch or the risk policy change?`,
      ],
      trace: [...trace, { rule: 'tier-policy', matched: false, why: placed.reason }],
      kind,
    };
  if (placed.why) trace.push({ rule: 'tier-policy', matched: true, why: placed.why });
  const tierId = placed.tier;
  const tier = config.tiers[tierId];
  if (!tier) throw new Error(`config validated, yet tier ${tierId} is missing`);
  const byHand =
    typeof classified.estimate === 'number'
      ? {
          minutes: classified.estimate,
          source:
            classified.sources.estimate === 'task'
              ? 'task estimate (minutes)'
              : `task estimate (minutes, from ${classified.sources.estimate})`,
        }
      : {
          minutes: kindConfig.byHandMinutes[size],
          source: `config kinds.${kind}.byHandMinutes.${size}`,
        };

  const plan: Plan = {
    task: task.id,
    kind,
    risk,
    size,
    client,
    classified: { ...classified.sources, confidence: classified.confidence },
    rule: { id: chosen.id, reason: chosen.reason },
    configHash: input.configHash,
    persona,
    tier: tierId,
    models: fallbackModels(tier.models, start.fallback, config),
    fallback: start.fallback,
    gates: [
      ...new Set(
        [
          ...kindConfig.gates,
          ...(chosen.route.gates ?? []),
          ...(personaLane?.gates ?? []),
          ...config.risk.levels[risk].gates,
        ].map(canonicalGateId),
      ),
    ],
    maxAttempts: chosen.route.maxAttempts,
    approvers: chosen.route.approvers ?? config.signoff.approvers,
    owner: chosen.owner ?? config.owner,
    byHand,
    overriddenBy: override?.by,
    trace,
    ...(start.next.length
      ? {
          cascade: start.next.map((id) => ({
            tier: id,
            models: fallbackModels(config.tiers[id]?.models ?? [], start.fallback, config),
          })),
        }
      : {}),
  };
  return { type: 'route', plan };
}

/** When no kind is known, every rule is listed as not tried, with what it would have wanted. */
function untried(config: AiosConfig, candidates: readonly string[], why?: string): RuleTrace[] {
  const reason =
    why ??
    (candidates.length > 1
      ? `the kind is ambiguous (${candidates.join(' or ')})`
      : 'no kind of work matches the labels');
  return config.rules.map((rule) => ({
    rule: rule.id,
    matched: false,
    why: `not tried: ${reason}${rule.when.kinds ? `; rule wants ${rule.when.kinds.join(' or ')}` : ''}`,
  }));
}
