import type { ModelConfig } from '../config/config-schema.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { Clock } from '../core/clock.js';
import { costOf } from '../core/cost.js';
import { AiosError, BudgetError, describeError, ModelError } from '../core/errors.js';
import type { Finding, GateVerdict } from '../core/gate-verdict.js';
import type { Cost, PriceSnapshot } from '../core/ledger-entry.js';
import type { PersonaAnswer } from '../core/persona-answer.js';
import type { Plan, RouteDecision } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { gatherTaskContext } from '../context/task-context.js';
import type { Workspace } from '../context/workspace.js';
import type { DeliveryResult, Forge } from '../forge/forge.js';
import type { GateRegistry, WorkFile } from '../gates/gate.js';
import { sendBackFindings } from '../gates/send-back.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { createBudgetGuard, needsPastSpend } from '../models/budget-guard.js';
import { ModelGateway, type CallRecord } from '../models/model-gateway.js';
import type { MonthSpend } from '../ledger/month-spend.js';
import type { ModelProvider } from '../models/model-provider.js';
import { buildPrompt, firstAttemptPrompt } from '../personas/build-prompt.js';
import type { PersonaSource } from '../personas/load-personas.js';
import type { LearningSource } from '../routing/plan-lanes.js';
import { runGates } from './run-gates.js';
import { decidePlan } from './decide-plan.js';
import { workWithHandoffs } from './decline-handoff.js';
import { questionForPerson } from './question-for-person.js';
import { TaskRecord } from './task-record.js';
import { keepAttemptPrompt, keepRepairPrompt, promptBaseKeeper } from './prompt-snapshot.js';
import { learnFromCall } from '../context/token-ratio.js';
import { silentProgress, type ProgressSink } from './progress.js';
import { reviewStep } from './review-step.js';
import { shadowAfterWork } from './shadow-run.js';
import type { WorkCheckout } from './work-checkout.js';
import {
  cascadeAttempts,
  cascadeModels,
  escalateAfter,
  type CascadeStage,
} from './cascade-step.js';
import { stageContexts } from './stage-context.js';
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
  /** A tree of the work for the repository's own check command (pipeline/work-checkout.ts). */
  readonly checkout?: WorkCheckout | undefined;
  /** The ledger's outcome cells, for a rule's `learn` clause; read only when a clause needs them. */
  readonly learning?: LearningSource | undefined;
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

/** The ledger fields every entry of a planned task shares (kept here for existing importers). */
export { entryBase } from './task-record.js';

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
    Partial<Pick<PipelineDeps, 'personas' | 'provider' | 'sleep' | 'signal' | 'learning'>>,
  options: Pick<RunOptions, 'personaOverride'> = {},
): Promise<PlanOutcome> {
  const progress = deps.progress ?? silentProgress;
  // The one planning decision `aios route` shows too (decide-plan.ts).
  const decision: RouteDecision = await decidePlan(task, deps, options);
  progress.routed(decision);
  if (decision.type === 'ask') {
    await TaskRecord.unroutable(deps.ledger, task, decision, deps.config.hash);
    return {
      type: 'ask',
      reason: decision.reason,
      questions: [...decision.questions],
      kind: decision.kind,
    };
  }
  const plan = decision.plan;
  await TaskRecord.of(deps.ledger, task, plan).planned(task, plan);
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
  options: Pick<RunOptions, 'humanAnswer'> & {
    /** The paths a PR task's branch changes: a context candidate class after the named files. */
    changedPaths?: readonly string[] | undefined;
  } = {},
): Promise<WorkOutcome> {
  const progress = deps.progress ?? silentProgress;
  const { config } = deps.config;
  const persona = await deps.personas.load(plan.persona);
  const record = TaskRecord.of(deps.ledger, task, plan);
  // A cascade's dearer tiers are priced by the budget guard too (pipeline/cascade-step.ts).
  const models = await prepareModels(task, cascadeModels(plan), deps);
  const tally = newTally(plan.persona);
  // Each attempt entry names what its prompt was made of: the standards and the context shown,
  // and the texts it was built from, kept in the ledger (pipeline/prompt-snapshot.ts); the
  // texts every stage shares are read and kept once.
  const keepPromptBase = promptBaseKeeper({
    ...deps,
    task,
    persona,
    minConfidence: config.asking.minConfidence,
  });
  // Each cascade stage is shown what its own tier's prompt budget allows (stage-context.ts).
  const stageContext = stageContexts(config, async (stagePlan) => {
    const context = await gatherTaskContext({
      workspace: deps.workspace,
      task,
      plan: stagePlan,
      persona,
      config,
      answers: options.humanAnswer,
      changedPaths: options.changedPaths,
      ledger: deps.ledger,
      render: firstAttemptPrompt({
        persona,
        task,
        minConfidence: config.asking.minConfidence,
        humanAnswer: options.humanAnswer,
      }),
    });
    return { context, promptBase: await keepPromptBase(context.record) };
  });
  // What the current attempt's prompt is made of: set at the top of each attempt, before the
  // gateway records any of its calls.
  let shown: AttemptShown | undefined;
  // The stage of a cascade the work is on (its tier and models); without one, the plan's own.
  let stage: CascadeStage = { plan };
  const gateway = workGateway(
    () => stage,
    deps,
    models,
    record,
    tally,
    progress,
    () => shown,
  );

  // Work and gate, sending back with the findings until the gates pass or attempts run out.
  const attempts: AttemptSummary[] = [];
  let sentBack: Finding[] | undefined;
  for (let attempt = 1; attempt <= cascadeAttempts(plan); attempt++) {
    const { context, promptBase } = await stageContext(stage.plan);
    const prompt = { persona, task, context, attempt, sentBack, humanAnswer: options.humanAnswer };
    shown = {
      standards: persona.standardHashes,
      context: context.record,
      ...(promptBase && { prompt: await keepAttemptPrompt(deps.ledger, promptBase, prompt) }),
    };
    const answered = await callPersona(gateway, stage.plan, deps, prompt, progress);
    if ('failed' in answered) return finish(record, tally, answered.failed);
    const { answer } = answered;
    const unsure = judgeAnswer(answer, stage.plan, config.asking.minConfidence);
    if (unsure) return finish(record, tally, unsure);

    const files: WorkFile[] = answer.files.map((f) => ({ path: f.path, content: f.content }));
    const review = reviewStep({
      gateway,
      personas: deps.personas,
      plan: stage.plan, // the reviewer reads on the tier the work is on (a cascade's stage)
      task,
      attempt,
      timeouts: config.tiers[stage.plan.tier]?.timeouts,
      settings: config.gates.reviewer,
      minConfidence: config.asking.minConfidence,
      authorModel: tally.lastBy?.modelId,
      signal: deps.signal,
      // The reviewer's calls are recorded under its persona, and do not change who did the work.
      asPersona: async (id, call) => {
        const [author, by] = [tally.persona, tally.lastBy];
        tally.persona = id;
        try {
          return await call();
        } finally {
          [tally.persona, tally.lastBy] = [author, by];
        }
      },
    });
    let verdicts: GateVerdict[];
    try {
      verdicts = await runGates(files, plan, persona, deps, task, review);
    } catch (error) {
      // The reviewer's call stops the work as the author's does: a budget stop or a cancel.
      const stop = modelCallStop(error);
      if (!stop) throw error;
      return finish(record, tally, stop);
    }
    for (const v of verdicts) {
      progress.gate(v, attempt);
      await record.gate(attempt, v);
    }
    attempts.push({ attempt, verdicts });
    if (verdicts.every((v) => v.pass)) {
      const by = tally.lastBy ?? {
        provider: 'unknown',
        model: 'unknown',
        modelId: 'unknown',
        scripted: false,
      };
      const cost = tally.cost;
      return { status: 'accepted', files, summary: answer.summary, attempts, cost, by };
    }
    sentBack = sendBackFindings(verdicts, files);
    // A cascade moves up a tier when a deterministic gate failed; the findings go with it.
    stage = escalateAfter(plan, stage, verdicts) ?? { plan: stage.plan };
  }
  return finish(record, tally, outOfAttempts(plan, sentBack ?? []));
}

/** The models of a plan: their configuration, their providers, and the budget guard over them. */
async function prepareModels(
  task: Task,
  plan: Plan,
  deps: Omit<PipelineDeps, 'forge'>,
): Promise<{
  modelConfig: (modelId: string) => ModelConfig;
  providers: (modelId: string) => Promise<ModelProvider>;
  budget: ReturnType<typeof createBudgetGuard>;
}> {
  const { config } = deps.config;
  const modelConfig = (modelId: string): ModelConfig => {
    if (deps.modelOverride && modelId === deps.modelOverride.modelId)
      return deps.modelOverride.model;
    const m = config.models[modelId];
    if (!m) throw new ModelError(`model ${modelId} is not configured`, { errorClass: 'not-found' });
    return m;
  };
  // Past spend is read only when it can matter (a call that costs money, a month or tier cap).
  const pastSpend = needsPastSpend(config, plan, modelConfig) ? deps.pastSpend?.() : undefined;
  pastSpend?.catch(() => undefined); // awaited below; this only stops an early unhandled rejection
  // Each provider is built when the gateway first calls its model (a missing key skips it).
  const providers = (id: string): Promise<ModelProvider> => deps.provider(id, modelConfig(id));
  const budget = createBudgetGuard({
    config,
    plan,
    task,
    model: modelConfig,
    spentSoFar: await pastSpend,
    clock: deps.clock,
  });
  return { modelConfig, providers, budget };
}

/** What each attempt entry records its prompt was made of (see TaskRecord.attempt). */
type AttemptShown = NonNullable<Parameters<TaskRecord['attempt']>[3]>;

/** What the task's model calls added up to, and who answered last. */
interface Tally {
  cost: CostTotals;
  lastBy: WorkedBy | undefined;
  /** Whose calls the gateway is making: the author's, or the reviewer persona's while it reviews. */
  persona: string;
}

function newTally(persona: string): Tally {
  return { cost: emptyCost(), lastBy: undefined, persona };
}

/** The gateway for this task: every call is priced, counted against the budget and recorded. */
function workGateway(
  stageOf: () => CascadeStage,
  deps: Omit<PipelineDeps, 'forge'>,
  models: Awaited<ReturnType<typeof prepareModels>>,
  record: TaskRecord,
  tally: Tally,
  progress: ProgressSink,
  shownNow: () => AttemptShown | undefined,
): ModelGateway {
  const { config } = deps.config;
  const { modelConfig, budget } = models;
  return new ModelGateway({
    providers: models.providers,
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
      // A skipped model (no key, open circuit) made no call: it is recorded, not counted.
      if (call.outcome !== 'skipped') {
        budget.record(c);
        tally.cost.calls += 1;
        tally.lastBy = {
          provider: call.provider,
          model: call.model,
          modelId: call.modelId,
          scripted: call.provider === 'scripted',
        };
        progress.modelEnd({ modelId: call.modelId, ok: call.outcome === 'ok' });
      }
      tally.cost.actualMicros += c.actualMicros;
      tally.cost.shadowMicros += c.shadowMicros;
      tally.cost.inputTokens += call.usage.inputTokens;
      tally.cost.outputTokens += call.usage.outputTokens;
      // The author's calls were made of the task's context and the persona's standards; the
      // reviewer's prompt is its own (gates/reviewer-gate.ts), so its calls claim neither.
      const { plan, escalation } = stageOf();
      const shown = tally.persona === plan.persona ? shownNow() : undefined;
      const prompt =
        shown?.prompt && call.added
          ? await keepRepairPrompt(deps.ledger, shown.prompt, call.added)
          : shown?.prompt;
      await record.attempt(
        { ...plan, persona: tally.persona },
        call,
        c,
        shown ? { ...shown, prompt, escalation } : {},
      );
      // Where a family has no tokenizer, the estimate learns from the prompt tokens reported.
      if (call.outcome !== 'skipped') await learnFromCall(deps.workspace.indexFile, m, call);
    },
  });
}

/** A result that ends the work without accepted files, before it is recorded. */
type WorkStop =
  | {
      status: 'asked';
      stage: 'work' | 'gate';
      reason: string;
      questions: string[];
      confidence?: number;
    }
  | { status: 'declined'; persona: string; reason: string; suggestedPersona?: string | undefined }
  | {
      status: 'failed';
      stage: 'work' | 'gate' | 'budget';
      reason: string;
      extra?: { errorClass?: string; budget?: string };
    };

/** Record how the work stopped and return it as the work's outcome. */
async function finish(record: TaskRecord, tally: Tally, stop: WorkStop): Promise<WorkOutcome> {
  const { cost } = tally;
  switch (stop.status) {
    case 'asked':
      await record.asked(stop.stage, stop.reason, stop.questions, stop.confidence);
      return {
        status: 'asked',
        stage: stop.stage,
        reason: stop.reason,
        questions: stop.questions,
        cost,
      };
    case 'declined':
      await record.declined(stop.persona, stop.reason, stop.suggestedPersona);
      return {
        status: 'declined',
        reason: stop.reason,
        suggestedPersona: stop.suggestedPersona,
        cost,
      };
    case 'failed':
      await record.failed(stop.stage, stop.reason, stop.extra);
      return { status: 'failed', stage: stop.stage, reason: stop.reason, cost };
  }
}

/** One attempt's call to the persona; a budget stop or a model failure ends the work. */
async function callPersona(
  gateway: ModelGateway,
  plan: Plan,
  deps: Omit<PipelineDeps, 'forge'>,
  prompt: Omit<Parameters<typeof buildPrompt>[0], 'minConfidence'>,
  progress: ProgressSink,
): Promise<{ answer: PersonaAnswer } | { failed: WorkStop }> {
  const { config } = deps.config;
  try {
    const result = await gateway.answer({
      messages: buildPrompt({ ...prompt, minConfidence: config.asking.minConfidence }),
      persona: plan.persona,
      attempt: prompt.attempt,
      models: plan.models,
      timeouts: config.tiers[plan.tier]?.timeouts ?? {
        connectMs: 5_000,
        firstTokenMs: 120_000,
        totalMs: 600_000,
      },
      signal: deps.signal,
      contextTokens: config.context.maxTokens,
      // Named when the gateway calls it, so a fallback shows the model actually called.
      onModelStart: (modelId) =>
        progress.modelStart({ modelId, persona: plan.persona, attempt: prompt.attempt }),
      onProgress: (modelId, chars) => progress.modelProgress({ modelId, chars }),
    });
    return { answer: result.answer };
  } catch (error) {
    const failed = modelCallStop(error);
    if (failed) return { failed };
    throw error;
  }
}

/** How a failed model call ends the work: a budget stop, or the model error; else not ours. */
function modelCallStop(error: unknown): WorkStop | undefined {
  const reason = describeError(error);
  if (error instanceof BudgetError)
    return {
      status: 'failed',
      stage: 'budget',
      reason,
      extra: { budget: error.budget, errorClass: 'budget' },
    };
  if (error instanceof ModelError)
    return { status: 'failed', stage: 'work', reason, extra: { errorClass: error.errorClass } };
  return undefined;
}

/** Whether the persona's answer stops the work: it declined, asked, is unsure or changed nothing. */
function judgeAnswer(
  answer: PersonaAnswer,
  plan: Plan,
  minConfidence: number,
): WorkStop | undefined {
  const asked = (reason: string, questions: string[]): WorkStop => ({
    status: 'asked',
    stage: 'work',
    reason,
    questions,
    confidence: answer.confidence,
  });
  if (answer.decision === 'decline')
    return {
      status: 'declined',
      persona: plan.persona,
      reason: answer.declineReason ?? answer.summary,
      suggestedPersona: answer.suggestedPersona ?? undefined,
    };
  if (answer.decision === 'ask')
    return asked(
      `The ${plan.persona} persona needs more information.`,
      answer.questions.length ? answer.questions : [answer.summary],
    );
  if (answer.confidence < minConfidence)
    return asked(
      `The ${plan.persona} persona is not confident enough (${answer.confidence} < ${minConfidence}).`,
      answer.questions.length
        ? answer.questions
        : ['Please check the task and add what is missing.'],
    );
  if (answer.files.length === 0)
    return asked(`The ${plan.persona} persona finished without changing any file.`, [
      'Is there anything to change? Please clarify the task.',
    ]);
  return undefined;
}

/** The attempts ran out with error findings left: ask a person rather than ship. */
function outOfAttempts(plan: Plan, findings: Finding[]): WorkStop {
  return {
    status: 'asked',
    stage: 'gate',
    reason: `The work did not pass the quality gates after ${plan.maxAttempts} attempt(s); AIOS stops rather than ship it.`,
    questions: [
      `Review the ${findings.length} remaining finding(s) and say how to proceed (\`/aios retry\` or \`/aios answer <guidance>\`).`,
      ...findings
        .slice(0, 5)
        .map((f) => `${f.path ?? ''}${f.line ? `:${f.line}` : ''} ${f.message}`),
    ],
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
    /** A note for the PR body from the delivering job (e.g. that no checks ran). */
    prNote?: string | undefined;
  } = {},
): Promise<
  { status: 'delivered'; delivery: DeliveryResult } | { status: 'failed'; reason: string }
> {
  const record = TaskRecord.of(deps.ledger, task, plan);
  const branch = options.branch ?? `aios/${task.key}`;
  let delivery: DeliveryResult;
  const ledgerHead = await deps.ledger.head?.(task.id);
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
        ledgerHead,
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
          note: options.prNote,
          ledgerHead,
        }),
      },
      reviewers: plan.approvers,
      time: deps.clock.now(),
    });
  } catch (error) {
    if (!(error instanceof AiosError)) throw error;
    const reason = describeError(error);
    await record.failed('deliver', reason, {}, { component: 'deliver' });
    return { status: 'failed', reason };
  }
  if (await options.alreadyRecorded?.(delivery)) return { status: 'delivered', delivery };
  await record.delivered(plan, delivery, { ...work, attempts: work.attempts.length });
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
    const asked = await deps.forge.ask(
      questionForPerson(task, '', {
        status: 'asked',
        stage: 'plan',
        reason: planned.reason,
        questions: planned.questions,
      }),
    );
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
  // On a share of low-risk tasks a cheaper model also answers, gated, never delivered.
  await shadowAfterWork(task, plan, work, deps);
  switch (work.status) {
    case 'asked': {
      const asked = await deps.forge.ask(questionForPerson(task, plan.persona, work));
      return { ...work, plan, url: asked.url };
    }
    case 'declined':
      await deps.forge.ask(questionForPerson(task, plan.persona, work));
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
