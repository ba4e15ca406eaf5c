import type { ModelConfig } from '../config/config-schema.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { Clock } from '../core/clock.js';
import { costOf } from '../core/cost.js';
import { AiosError, BudgetError, describeError, ModelError } from '../core/errors.js';
import type { Finding, GateVerdict } from '../core/gate-verdict.js';
import type { Actor, Cost, LedgerDraft, PriceSnapshot } from '../core/ledger-entry.js';
import type { PersonaAnswer } from '../core/persona-answer.js';
import type { Plan, RouteDecision } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { gatherTaskContext } from '../context/task-context.js';
import type { Workspace } from '../context/workspace.js';
import type { DeliveryResult, Forge } from '../forge/forge.js';
import type { GateRegistry, WorkFile } from '../gates/gate.js';
import { gateSettingsOf } from '../gates/gate-catalog.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { createBudgetGuard, needsPastSpend } from '../models/budget-guard.js';
import { ModelGateway, type CallRecord } from '../models/model-gateway.js';
import type { MonthSpend } from '../ledger/month-spend.js';
import type { ModelProvider } from '../models/model-provider.js';
import { buildPrompt } from '../personas/build-prompt.js';
import type { PersonaSource } from '../personas/load-personas.js';
import type { Persona } from '../personas/persona-schema.js';
import { planWithLanes } from '../routing/plan-lanes.js';
import { checkWritePolicy } from './check-policy.js';
import { workWithHandoffs } from './decline-handoff.js';
import { silentProgress, type ProgressSink } from './progress.js';
import { commitMessage, prBody, type AttemptSummary, type WorkedBy } from './render-delivery.js';

/** Everything the pipeline works through: ports and loaded configuration. */
export interface PipelineDeps {
  readonly config: LoadedConfig;
  readonly personas: PersonaSource;
  readonly gates: GateRegistry;
  readonly forge: Forge;
  readonly ledger: LedgerStore;
  readonly workspace: Workspace;
  /** Builds (or returns) the provider for a configured model id. */
  readonly provider: (modelId: string, model: ModelConfig) => Promise<ModelProvider>;
  readonly clock: Clock;
  readonly progress?: ProgressSink | undefined;
  /** Replace every tier's models by this one (the scripted demo, `--ollama`). Recorded as such. */
  readonly modelOverride?: { readonly modelId: string; readonly model: ModelConfig } | undefined;
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
  readonly signal?: AbortSignal | undefined;
  /**
   * This month's spend before the task, from the ledger (models/month-spend.ts), for the month,
   * tier and person budgets. Called only when one of the plan's calls could cost money. Absent:
   * no past spend is known, and only the task budget and the call caps bind.
   */
  readonly pastSpend?: (() => Promise<MonthSpend>) | undefined;
}

export interface RunOptions {
  readonly humanAnswer?: string | undefined;
  readonly personaOverride?: { persona: string; by: string } | undefined;
  /** `Name <email>` of the person who started the work, for the commit's Co-authored-by. */
  readonly coAuthor?: string | undefined;
  /** Branch name for delivery; defaults to `aios/<task key>`. */
  readonly branch?: string | undefined;
}

export interface CostTotals {
  actualMicros: number;
  shadowMicros: number;
  calls: number;
  inputTokens: number;
  outputTokens: number;
}

export type RunOutcome =
  | {
      status: 'delivered';
      plan: Plan;
      delivery: DeliveryResult;
      attempts: AttemptSummary[];
      cost: CostTotals;
      by: WorkedBy;
    }
  | {
      status: 'asked';
      plan?: Plan | undefined;
      stage: 'plan' | 'work' | 'gate';
      reason: string;
      questions: string[];
      url: string;
      cost: CostTotals;
    }
  | { status: 'declined'; plan: Plan; reason: string; cost: CostTotals }
  | {
      status: 'failed';
      plan?: Plan | undefined;
      stage: 'plan' | 'work' | 'gate' | 'deliver' | 'budget';
      reason: string;
      cost: CostTotals;
    };

function priceSnapshot(modelId: string, model: ModelConfig): PriceSnapshot {
  return { model: modelId, ...model.price };
}

/** The ledger fields every entry of a planned task shares. */
export function entryBase(task: Task, plan: Plan) {
  return {
    task: task.id,
    work: { kind: plan.kind, risk: plan.risk, client: plan.client, size: plan.size },
    rule: { id: plan.rule.id, configHash: plan.configHash },
  };
}

const system = (component: string): Actor => ({ type: 'system', component });

function emptyCost(): CostTotals {
  return { actualMicros: 0, shadowMicros: 0, calls: 0, inputTokens: 0, outputTokens: 0 };
}

/** What planning decided: a plan to work on, or a question for a person. */
export type PlanOutcome =
  | { readonly type: 'route'; readonly plan: Plan }
  | {
      readonly type: 'ask';
      readonly reason: string;
      readonly questions: string[];
      readonly kind: string | undefined;
    };

/**
 * Plan: route the task by the written rules and record the decision (`planned`, or `asked`
 * when no rule or kind fits). Calls no model and writes nothing but the ledger entry.
 */
export async function planTask(
  task: Task,
  deps: Pick<PipelineDeps, 'config' | 'ledger' | 'progress' | 'modelOverride'> &
    Partial<Pick<PipelineDeps, 'personas'>>,
  options: Pick<RunOptions, 'personaOverride'> = {},
): Promise<PlanOutcome> {
  const progress = deps.progress ?? silentProgress;
  // Rules, then the personas' lanes and the lane screen (routing/plan-lanes.ts).
  const decision: RouteDecision = await planWithLanes({
    task,
    config: deps.config.config,
    configHash: deps.config.hash,
    personaOverride: options.personaOverride,
    personas: deps.personas,
  });
  progress.routed(decision);
  if (decision.type === 'ask') {
    await deps.ledger.append({
      task: task.id,
      event: 'asked',
      actor: system('router'),
      work: { kind: decision.kind ?? 'unclassified', risk: 'medium', client: task.client },
      rule: { id: 'none', configHash: deps.config.hash },
      data: { stage: 'plan', reason: decision.reason, questions: [...decision.questions] },
    });
    return {
      type: 'ask',
      reason: decision.reason,
      questions: [...decision.questions],
      kind: decision.kind,
    };
  }
  const plan = applyOverride(decision.plan, deps.modelOverride);
  await deps.ledger.append({
    ...entryBase(task, plan),
    event: 'planned',
    actor: system('router'),
    data: {
      title: task.title,
      source:
        task.source.type === 'file'
          ? task.source.path
          : `${task.source.owner}/${task.source.repo}#${task.source.number}`,
      textHash: task.textHash,
      requestedBy: task.requestedBy,
      persona: plan.persona,
      tier: plan.tier,
      models: plan.models,
      gates: plan.gates,
      maxAttempts: plan.maxAttempts,
      reason: plan.rule.reason,
      overriddenBy: plan.overriddenBy,
      trace: plan.trace,
      estimate: plan.byHand,
    },
  });
  return { type: 'route', plan };
}

/** What the work stage produced: work that passed every gate, or why there is none. */
export type WorkOutcome =
  | {
      status: 'accepted';
      files: WorkFile[];
      summary: string;
      attempts: AttemptSummary[];
      cost: CostTotals;
      by: WorkedBy;
    }
  | {
      status: 'asked';
      stage: 'work' | 'gate';
      reason: string;
      questions: string[];
      cost: CostTotals;
    }
  | { status: 'declined'; reason: string; suggestedPersona?: string | undefined; cost: CostTotals }
  | { status: 'failed'; stage: 'work' | 'gate' | 'budget'; reason: string; cost: CostTotals };

/**
 * Work and gate: gather context, call the persona through the model gateway, check the write
 * policy and the gates, and send the work back with the findings until it passes or the
 * attempts run out. Every call, verdict and decision is a ledger entry. Talks to no forge: the
 * GitHub path runs this in a job that holds no write token.
 */
export async function workOnTask(
  task: Task,
  plan: Plan,
  deps: Omit<PipelineDeps, 'forge'>,
  options: Pick<RunOptions, 'humanAnswer'> = {},
): Promise<WorkOutcome> {
  const progress = deps.progress ?? silentProgress;
  const { config } = deps.config;
  const cost = emptyCost();
  const persona = await deps.personas.load(plan.persona);
  const base = entryBase(task, plan);
  const append = (draft: LedgerDraft): Promise<unknown> => deps.ledger.append(draft);

  const modelConfig = (modelId: string): ModelConfig => {
    if (deps.modelOverride && modelId === deps.modelOverride.modelId)
      return deps.modelOverride.model;
    const m = config.models[modelId];
    if (!m) throw new ModelError(`model ${modelId} is not configured`, { errorClass: 'not-found' });
    return m;
  };
  // ---- Budget guard (models/budget-guard.ts) -----------------------------------------------
  // Past spend is read (in parallel with building the providers) only when it can matter.
  const pastSpend = needsPastSpend(config, plan, modelConfig) ? deps.pastSpend?.() : undefined;
  pastSpend?.catch(() => undefined); // awaited below; this only stops an early unhandled rejection
  const providers = new Map<string, ModelProvider>();
  for (const id of plan.models) providers.set(id, await deps.provider(id, modelConfig(id)));
  const budget = createBudgetGuard({
    config,
    plan,
    task,
    model: modelConfig,
    spentSoFar: await pastSpend,
    clock: deps.clock,
  });
  // ---- end of budget guard ------------------------------------------------------------------

  let lastBy: WorkedBy | undefined;
  const tierConfig = config.tiers[plan.tier];
  const gateway = new ModelGateway({
    providers,
    sleep: deps.sleep,
    beforeCall: (modelId, promptChars) => budget.beforeCall(modelId, promptChars),
    onCall: async (call: CallRecord) => {
      const m = modelConfig(call.modelId);
      const shadow = m.shadowModel ? config.models[m.shadowModel] : undefined;
      const c: Cost = costOf(
        call.usage,
        m.billing,
        priceSnapshot(call.modelId, m),
        shadow && m.shadowModel ? priceSnapshot(m.shadowModel, shadow) : undefined,
      );
      budget.record(c);
      cost.actualMicros += c.actualMicros;
      cost.shadowMicros += c.shadowMicros;
      cost.calls += 1;
      cost.inputTokens += call.usage.inputTokens;
      cost.outputTokens += call.usage.outputTokens;
      lastBy = {
        provider: call.provider,
        model: call.model,
        modelId: call.modelId,
        scripted: call.provider === 'scripted',
      };
      progress.modelEnd({ modelId: call.modelId, ok: call.outcome === 'ok' });
      await append({
        ...base,
        event: 'attempt',
        actor: {
          type: 'model',
          provider: call.provider,
          model: call.model,
          modelId: call.modelId,
          persona: plan.persona,
          tier: plan.tier,
          scripted: call.provider === 'scripted',
        },
        usage: call.usage,
        cost: c,
        data: {
          attempt: call.attempt,
          call: call.call,
          purpose: call.purpose,
          outcome: call.outcome,
          errorClass: call.errorClass,
          error: call.error,
          decision: call.answer?.decision,
          confidence: call.answer?.confidence,
          answerHash: call.answerHash,
          raw: call.raw,
          standards: persona.standardHashes,
          context: context.record, // what this call's prompt was made of (context/)
        },
      });
    },
  });

  const fail = async (
    stage: 'work' | 'gate' | 'budget',
    reason: string,
    extra: { errorClass?: string; budget?: string } = {},
  ): Promise<WorkOutcome> => {
    await append({
      ...base,
      event: 'failed',
      actor: system('pipeline'),
      data: { stage, reason, ...extra },
    });
    return { status: 'failed', stage, reason, cost };
  };
  const ask = async (
    stage: 'work' | 'gate',
    reason: string,
    questions: string[],
    confidence?: number,
  ): Promise<WorkOutcome> => {
    await append({
      ...base,
      event: 'asked',
      actor: system('pipeline'),
      data: { stage, reason, questions, confidence },
    });
    return { status: 'asked', stage, reason, questions, cost };
  };

  // ---- Work and gate, sending back until the gates pass or attempts run out -----------------
  const context = await gatherTaskContext({
    workspace: deps.workspace,
    task,
    plan,
    persona,
    config,
    answers: options.humanAnswer,
    render: (c) =>
      buildPrompt({
        persona,
        task,
        context: c,
        attempt: 1,
        minConfidence: config.asking.minConfidence,
        humanAnswer: options.humanAnswer,
      }),
  });
  const attempts: AttemptSummary[] = [];
  let sentBack: Finding[] | undefined;
  let accepted: { answer: PersonaAnswer; files: WorkFile[] } | undefined;
  for (let attempt = 1; attempt <= plan.maxAttempts; attempt++) {
    let answer: PersonaAnswer;
    try {
      progress.modelStart({ modelId: plan.models[0] ?? '', persona: plan.persona, attempt });
      const result = await gateway.answer({
        messages: buildPrompt({
          persona,
          task,
          context,
          attempt,
          minConfidence: config.asking.minConfidence,
          sentBack,
          humanAnswer: options.humanAnswer,
        }),
        persona: plan.persona,
        attempt,
        models: plan.models,
        timeouts: tierConfig?.timeouts ?? {
          connectMs: 5_000,
          firstTokenMs: 120_000,
          totalMs: 600_000,
        },
        signal: deps.signal,
        onProgress: (modelId, chars) => progress.modelProgress({ modelId, chars }),
      });
      answer = result.answer;
    } catch (error) {
      if (error instanceof BudgetError)
        return fail('budget', describeError(error), { budget: error.budget, errorClass: 'budget' });
      if (error instanceof ModelError)
        return fail('work', describeError(error), { errorClass: error.errorClass });
      throw error;
    }

    if (answer.decision === 'decline') {
      const reason = answer.declineReason ?? answer.summary;
      const suggestedPersona = answer.suggestedPersona ?? undefined;
      await append({
        ...base,
        event: 'declined',
        actor: system('pipeline'),
        data: { persona: plan.persona, reason, suggestedPersona },
      });
      return { status: 'declined', reason, suggestedPersona, cost };
    }
    if (answer.decision === 'ask') {
      return ask(
        'work',
        `The ${plan.persona} persona needs more information.`,
        answer.questions.length ? answer.questions : [answer.summary],
        answer.confidence,
      );
    }
    if (answer.confidence < config.asking.minConfidence) {
      return ask(
        'work',
        `The ${plan.persona} persona is not confident enough (${answer.confidence} < ${config.asking.minConfidence}).`,
        answer.questions.length
          ? answer.questions
          : ['Please check the task and add what is missing.'],
        answer.confidence,
      );
    }
    if (answer.files.length === 0) {
      return ask(
        'work',
        `The ${plan.persona} persona finished without changing any file.`,
        ['Is there anything to change? Please clarify the task.'],
        answer.confidence,
      );
    }

    const files: WorkFile[] = answer.files.map((f) => ({ path: f.path, content: f.content }));
    const verdicts = await runGates(files, plan, persona, deps, task);
    for (const v of verdicts) {
      progress.gate(v, attempt);
      await append({
        ...base,
        event: 'gate',
        actor: system(`gate:${v.gate}`),
        data: {
          attempt,
          gate: v.gate,
          pass: v.pass,
          findings: v.findings,
          durationMs: v.durationMs,
          ...(v.checkers ? { checkers: v.checkers } : {}),
          ...(v.notChecked ? { notChecked: v.notChecked } : {}),
        },
      });
    }
    attempts.push({ attempt, verdicts });
    if (verdicts.every((v) => v.pass)) {
      accepted = { answer, files };
      break;
    }
    sentBack = verdicts.flatMap((v) => v.findings.filter((f) => f.severity === 'error'));
  }

  if (!accepted) {
    const findings = sentBack ?? [];
    return ask(
      'gate',
      `The work did not pass the quality gates after ${plan.maxAttempts} attempt(s); AIOS stops rather than ship it.`,
      [
        `Review the ${findings.length} remaining finding(s) and say how to proceed (\`/aios retry\` or \`/aios answer <guidance>\`).`,
        ...findings
          .slice(0, 5)
          .map((f) => `${f.path ?? ''}${f.line ? `:${f.line}` : ''} ${f.message}`),
      ],
    );
  }
  const by = lastBy ?? {
    provider: 'unknown',
    model: 'unknown',
    modelId: 'unknown',
    scripted: false,
  };
  return {
    status: 'accepted',
    files: accepted.files,
    summary: accepted.answer.summary,
    attempts,
    cost,
    by,
  };
}

/**
 * Deliver accepted work: commit it to the task branch with trailers, open or update the draft
 * PR whose body discloses AI use, and record `delivered`.
 */
export async function deliverTask(
  task: Task,
  plan: Plan,
  work: Extract<WorkOutcome, { status: 'accepted' }>,
  deps: Pick<PipelineDeps, 'forge' | 'ledger' | 'clock'>,
  options: Pick<RunOptions, 'branch' | 'coAuthor'> & {
    /** True when the ledger already records this delivery (a re-run of a job that died after recording). */
    alreadyRecorded?: (delivery: DeliveryResult) => Promise<boolean>;
  } = {},
): Promise<
  { status: 'delivered'; delivery: DeliveryResult } | { status: 'failed'; reason: string }
> {
  const base = entryBase(task, plan);
  const branch = options.branch ?? `aios/${task.key}`;
  let delivery: DeliveryResult;
  try {
    delivery = await deps.forge.deliver({
      task,
      plan,
      branch,
      files: work.files,
      commitMessage: commitMessage({
        task,
        plan,
        by: work.by,
        summary: work.summary,
        coAuthor: options.coAuthor,
      }),
      pr: {
        title: `${work.by.scripted ? '[scripted] ' : ''}AIOS draft: ${task.title}`,
        body: prBody({
          task,
          plan,
          by: work.by,
          summary: work.summary,
          attempts: work.attempts,
          cost: work.cost,
          files: work.files.map((f) => f.path),
        }),
      },
      reviewers: plan.approvers,
      time: deps.clock.now(),
    });
  } catch (error) {
    if (!(error instanceof AiosError)) throw error;
    const reason = describeError(error);
    await deps.ledger.append({
      ...base,
      event: 'failed',
      actor: system('deliver'),
      data: { stage: 'deliver', reason },
    });
    return { status: 'failed', reason };
  }
  if (await options.alreadyRecorded?.(delivery)) return { status: 'delivered', delivery };
  await deps.ledger.append({
    ...base,
    event: 'delivered',
    actor: system('deliver'),
    estimate: plan.byHand,
    data: {
      branch: delivery.branch,
      commit: delivery.commit,
      files: work.files.map((f) => f.path),
      pr: { number: delivery.pr.number, url: delivery.pr.url },
      attempts: work.attempts.length,
      totalMicros: work.cost.actualMicros,
      shadowMicros: work.cost.shadowMicros,
    },
  });
  return { status: 'delivered', delivery };
}

/**
 * Run one task through the whole pipeline on one machine: plan by the rules, work through the
 * persona, gate (sending work back with findings), deliver as a draft PR, and record every
 * step in the ledger. Stops and asks a person whenever it is unsure, declined, out of attempts
 * or over budget.
 */
export async function runTask(
  task: Task,
  deps: PipelineDeps,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const planned = await planTask(task, deps, options);
  if (planned.type === 'ask') {
    const asked = await deps.forge.ask({
      task,
      stage: 'plan',
      reason: planned.reason,
      questions: planned.questions,
    });
    return {
      status: 'asked',
      stage: 'plan',
      reason: planned.reason,
      questions: planned.questions,
      url: asked.url,
      cost: emptyCost(),
    };
  }
  // Declines hand off to another persona, at most twice (pipeline/decline-handoff.ts).
  const { plan, work } = await workWithHandoffs(task, planned.plan, deps, options, workOnTask);
  switch (work.status) {
    case 'asked': {
      const asked = await deps.forge.ask({
        task,
        stage: work.stage,
        reason: work.reason,
        questions: work.questions,
      });
      return { ...work, plan, url: asked.url };
    }
    case 'declined':
      await deps.forge.ask({
        task,
        stage: 'work',
        reason: `The ${plan.persona} persona declined: ${work.reason}`,
        questions: [
          'Route it to another persona with `/aios route <persona>`, or change the task.',
        ],
      });
      return { ...work, plan };
    case 'failed':
      return { ...work, plan };
    case 'accepted': {
      const delivered = await deliverTask(task, plan, work, deps, options);
      if (delivered.status === 'failed')
        return {
          status: 'failed',
          plan,
          stage: 'deliver',
          reason: delivered.reason,
          cost: work.cost,
        };
      return {
        status: 'delivered',
        plan,
        delivery: delivered.delivery,
        attempts: work.attempts,
        cost: work.cost,
        by: work.by,
      };
    }
  }
}

/** The write policy first (its failure makes the rest moot), then the plan's gates in order. */
async function runGates(
  files: WorkFile[],
  plan: Plan,
  persona: Persona,
  deps: Pick<PipelineDeps, 'config' | 'gates'>,
  task: Task,
): Promise<GateVerdict[]> {
  const policy = checkWritePolicy(files, persona, deps.config.config.policy);
  if (!policy.pass) return [policy];
  const verdicts: GateVerdict[] = [policy];
  for (const id of deps.gates.order(plan.gates)) {
    const gate = deps.gates.get(id);
    if (!gate) {
      verdicts.push({
        gate: id,
        pass: false,
        findings: [
          {
            rule: 'unknown-gate',
            severity: 'error',
            message: `no gate named ${id} is installed; fix the config`,
          },
        ],
        durationMs: 0,
      });
      continue;
    }
    const settings = gateSettingsOf(deps.config.config.gates, id);
    verdicts.push(
      await gate.run({ files, kind: plan.kind, taskId: task.id, risk: plan.risk, settings }),
    );
  }
  return verdicts;
}

function applyOverride(plan: Plan, override: PipelineDeps['modelOverride']): Plan {
  return override ? { ...plan, models: [override.modelId] } : plan;
}
