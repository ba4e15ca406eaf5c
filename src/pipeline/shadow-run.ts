import type { ModelConfig } from '../config/config-schema.js';
import { costOf } from '../core/cost.js';
import { describeError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { gatherTaskContext } from '../context/task-context.js';
import type { WorkFile } from '../gates/gate.js';
import { createBudgetGuard, needsPastSpend } from '../models/budget-guard.js';
import { ModelGateway } from '../models/model-gateway.js';
import { buildPrompt, firstAttemptPrompt } from '../personas/build-prompt.js';
import { shadowChoice, type ShadowChoice } from '../routing/shadow-choice.js';
import { runGates } from './run-gates.js';
import type { PipelineDeps, WorkOutcome } from './run-task.js';
import { TaskRecord } from './task-record.js';

/** The primary work gave an answer worth comparing with: it passed, or the gates stopped it. */
function comparable(work: WorkOutcome): boolean {
  return work.status === 'accepted' || (work.status === 'asked' && work.stage === 'gate');
}

/**
 * The shadow run, after the task's own work: the cheaper model answers the same task with the
 * same persona; its answer goes through the write policy and the deterministic gates only
 * (never the reviewer); nothing is delivered. Its calls are `attempt` entries with purpose
 * `shadow` (spend, priced and budgeted like any call, reported apart) and its verdict one
 * `shadow` entry. Whatever happens here, the task's outcome is the one given: a shadow failure
 * is recorded as such and never thrown.
 */
export async function shadowAfterWork(
  task: Task,
  plan: Plan,
  work: WorkOutcome,
  deps: Omit<PipelineDeps, 'forge'>,
): Promise<void> {
  const { config } = deps.config;
  if (!config.shadow || deps.modelOverride || deps.signal?.aborted || !comparable(work)) return;
  const choice = shadowChoice(task.id, plan, config);
  if (choice.type === 'none') return;
  const record = TaskRecord.of(deps.ledger, task, plan);
  const comparedTo = work.status === 'accepted' ? work.by.modelId : (plan.models[0] ?? '');
  const totals = { calls: 0, actual: 0, shadow: 0 };
  const entry = (
    outcome: 'passed' | 'sent-back' | 'no-answer' | 'failed',
    extra: Partial<Parameters<TaskRecord['shadow']>[0]> = {},
  ) =>
    record.shadow({
      persona: plan.persona,
      modelId: choice.modelId,
      tier: choice.plan.tier,
      comparedTo,
      outcome,
      gates: [],
      calls: totals.calls,
      totalMicros: totals.actual,
      shadowMicros: totals.shadow,
      ...extra,
    });
  try {
    const verdict = await answerAndGate(task, choice, deps, work, totals);
    await entry(verdict.outcome, verdict.extra);
  } catch (error) {
    // A shadow failure never fails the task: it is recorded, and the task goes on.
    deps.progress?.note(`shadow run on ${choice.modelId} failed: ${describeError(error)}`);
    await entry('failed', { reason: describeError(error) }).catch(() => undefined);
  }
}

type Totals = { calls: number; actual: number; shadow: number };

async function answerAndGate(
  task: Task,
  choice: Extract<ShadowChoice, { type: 'shadow' }>,
  deps: Omit<PipelineDeps, 'forge'>,
  work: WorkOutcome,
  totals: Totals,
): Promise<{
  outcome: 'passed' | 'sent-back' | 'no-answer';
  extra: Partial<Parameters<TaskRecord['shadow']>[0]>;
}> {
  const { config } = deps.config;
  const plan = choice.plan;
  const model = config.models[choice.modelId] as ModelConfig;
  const persona = await deps.personas.load(plan.persona);
  const record = TaskRecord.of(deps.ledger, task, plan);
  const modelOf = () => model;
  const pastSpend = needsPastSpend(config, plan, modelOf) ? await deps.pastSpend?.() : undefined;
  const budget = createBudgetGuard({
    config,
    plan,
    task,
    model: modelOf,
    spentSoFar: pastSpend,
    // The task's own spend counts against its budget (the shadow spends on top of it); the
    // month's spend holds it already, and it was no call of the shadow's.
    taskMicrosSoFar: work.cost.actualMicros,
    clock: deps.clock,
  });
  const context = await gatherTaskContext({
    workspace: deps.workspace,
    task,
    plan,
    persona,
    config,
    ledger: deps.ledger,
    render: firstAttemptPrompt({
      persona,
      task,
      minConfidence: config.asking.minConfidence,
    }),
  });
  const shadowPrice = model.shadowModel ? config.models[model.shadowModel] : undefined;
  const gateway = new ModelGateway({
    providers: (id) => deps.provider(id, model),
    sleep: deps.sleep,
    beforeCall: (id, chars) => budget.beforeCall(id, chars),
    onCall: async (call) => {
      const c = costOf(
        call.usage,
        model.billing,
        { model: call.modelId, ...model.price },
        shadowPrice && model.shadowModel
          ? { model: model.shadowModel, ...shadowPrice.price }
          : undefined,
      );
      if (call.outcome !== 'skipped') {
        budget.record(c);
        totals.calls += 1;
      }
      totals.actual += c.actualMicros;
      totals.shadow += c.shadowMicros;
      await record.attempt(plan, { ...call, purpose: 'shadow' }, c, {
        standards: persona.standardHashes,
        context: context.record,
      });
    },
  });
  const { answer } = await gateway.answer({
    messages: buildPrompt({
      persona,
      task,
      context,
      attempt: 1,
      minConfidence: config.asking.minConfidence,
    }),
    persona: plan.persona,
    attempt: 1,
    models: plan.models,
    timeouts: config.tiers[plan.tier]?.timeouts ?? {
      connectMs: 5_000,
      firstTokenMs: 120_000,
      totalMs: 600_000,
    },
    signal: deps.signal,
    contextTokens: config.context.maxTokens,
  });
  const said = { decision: answer.decision, confidence: answer.confidence };
  if (
    answer.decision !== 'done' ||
    answer.files.length === 0 ||
    answer.confidence < config.asking.minConfidence
  )
    return { outcome: 'no-answer', extra: said };
  const files: WorkFile[] = answer.files.map((f) => ({ path: f.path, content: f.content }));
  // The write policy and the deterministic gates; no reviewer (run-gates.ts without `review`).
  const verdicts = await runGates(files, plan, persona, deps, task);
  return {
    outcome: verdicts.every((v) => v.pass) ? 'passed' : 'sent-back',
    extra: {
      ...said,
      answerHash: sha256(JSON.stringify(answer)),
      gates: verdicts.map((v) => ({ gate: v.gate, pass: v.pass, findings: v.findings })),
    },
  };
}
