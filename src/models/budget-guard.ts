/**
 * The budget guard (denial of wallet). Before every model call it prices the call's worst case
 * with the model's own price snapshot and refuses the call, by throwing BudgetError, when what
 * has been spent plus that worst case would go over a budget: per task, per tier this month,
 * per person this month, all tasks this month. A call-count cap bounds calls whatever they cost,
 * so a free local model cannot loop for ever either. After each call the guard is told what the
 * call actually cost, so the next check starts from the truth rather than the estimate.
 */
import type { AiosConfig, ModelConfig } from '../config/config-schema.js';
import type { Clock } from '../core/clock.js';
import { requestProfile } from '../config/request-profile.js';
import { costOf } from '../core/cost.js';
import { BudgetError } from '../core/errors.js';
import type { Cost, Usage } from '../core/ledger-entry.js';
import { formatMicros } from '../core/money.js';
import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import { MonthSpend, monthOf } from '../ledger/month-spend.js';

/**
 * Output tokens assumed for a call when the model entry sets no `request.maxOutputTokens` (for
 * OpenAI-compatible models; local ones default lower). The persona answer carries whole files,
 * but within the context budget (12k tokens by default). Every call is capped at exactly the
 * number priced here (request-profile.ts): the worst case is a bound, not a guess.
 */
export { DEFAULT_MAX_OUTPUT_TOKENS } from '../config/request-profile.js';

/**
 * Characters per input token assumed when estimating from prompt text. English averages about
 * four with GPT and Llama tokenizers; code, markup and other languages run denser, so three
 * overestimates ordinary prompts, as a worst case should.
 */
export const CHARS_PER_TOKEN = 3;

/** The tier timeouts used when a tier sets none (the config schema's defaults). */
const DEFAULT_TOTAL_MS = 600_000;

/** A call's worst case: the usage assumed and what it would cost. */
export interface CallEstimate {
  readonly usage: Usage;
  readonly micros: number;
}

/**
 * What one call could cost at most: input tokens from the prompt length (none of them cached),
 * `maxOutputTokens` out, and for a local model the whole `totalMs` of runner time (the provider
 * aborts the call then). Priced by `costOf`, the formula the ledger records with, so a flat or
 * scripted model is free here exactly as it is there.
 */
export function worstCaseCost(
  modelId: string,
  model: ModelConfig,
  promptChars: number,
  limits: { readonly totalMs: number; readonly maxOutputTokens?: number | undefined },
): CallEstimate {
  const usage: Usage = {
    inputTokens: Math.ceil(Math.max(0, promptChars) / CHARS_PER_TOKEN),
    // The output cap the call itself sends (max_completion_tokens, num_predict): the same number.
    outputTokens: limits.maxOutputTokens ?? requestProfile(model).maxOutputTokens,
    cachedInputTokens: 0,
    durationMs: limits.totalMs,
  };
  return {
    usage,
    micros: costOf(usage, model.billing, { model: modelId, ...model.price }).actualMicros,
  };
}

export interface BudgetGuardOptions {
  readonly config: Pick<AiosConfig, 'budgets' | 'tiers'>;
  readonly plan: Pick<Plan, 'tier' | 'models'>;
  readonly task: Pick<Task, 'requestedBy'>;
  /** The config of a model the plan may call (the pipeline's lookup, overrides included). */
  readonly model: (modelId: string) => ModelConfig;
  /**
   * This month's spend before the task, from the ledger. It is added to as calls are recorded,
   * so a runner that keeps it sees its own earlier tasks. Undefined: nothing is known to have
   * been spent (fine when no call of the plan can cost money; see needsPastSpend).
   */
  readonly spentSoFar?: MonthSpend | undefined;
  /**
   * What the task has already spent under another guard (a shadow run after the work): counts
   * against the task's budget only; the month's spend holds it already.
   */
  readonly taskMicrosSoFar?: number | undefined;
  readonly clock: Pick<Clock, 'now'>;
  /** Overrides the models' own output caps (request.maxOutputTokens) in the estimate. */
  readonly maxOutputTokens?: number | undefined;
}

export interface BudgetGuard {
  /** Throws BudgetError when the call could take spend over a budget or the call cap is reached. */
  beforeCall(modelId: string, promptChars: number): void;
  /** A call was made (whatever its outcome) and cost this. */
  record(cost: Pick<Cost, 'actualMicros'>): void;
  /** Spent by this task so far, in micro-dollars. */
  readonly taskMicros: number;
  /** Calls this task has made. */
  readonly calls: number;
  /** The most calls this task may make: the lower of the budget's and the tier's cap. */
  readonly maxCalls: number;
}

/**
 * Does the plan need the month's past spend from the ledger? Only when a money budget beyond the
 * task applies and one of the plan's models can cost money at all: a plan of flat-rate, scripted
 * or free local models is never stopped by a money budget, so reading the ledger would be waste.
 */
export function needsPastSpend(
  config: Pick<AiosConfig, 'budgets' | 'tiers'>,
  plan: Pick<Plan, 'tier' | 'models'>,
  model: (modelId: string) => ModelConfig,
): boolean {
  const { budgets } = config;
  const monthly =
    budgets.perMonth !== undefined ||
    budgets.perPersonMonth !== undefined ||
    budgets.perTier[plan.tier] !== undefined;
  if (!monthly) return false;
  const totalMs = config.tiers[plan.tier]?.timeouts.totalMs ?? DEFAULT_TOTAL_MS;
  return plan.models.some((id) => worstCaseCost(id, model(id), 0, { totalMs }).micros > 0);
}

/** The usage a worst case assumed, in words: the tokens, and runner time for a local model. */
function describeEstimate(estimate: CallEstimate, billing: ModelConfig['billing']): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const tokens = `about ${n(estimate.usage.inputTokens)} input and up to ${n(estimate.usage.outputTokens)} output tokens`;
  return billing === 'local'
    ? `${tokens}, ${n(estimate.usage.durationMs / 1000)} s of runner time`
    : tokens;
}

/** A guard for one task. */
export function createBudgetGuard(options: BudgetGuardOptions): BudgetGuard {
  const { budgets } = options.config;
  const tier = options.config.tiers[options.plan.tier];
  const totalMs = tier?.timeouts.totalMs ?? DEFAULT_TOTAL_MS;
  const maxCalls = Math.min(budgets.maxCallsPerTask, tier?.maxCallsPerTask ?? Infinity);
  const person = options.task.requestedBy;
  const tierName = options.plan.tier;
  const month = monthOf(options.clock.now());
  // A runner that outlived the month it read starts the new month from nothing.
  const spend =
    options.spentSoFar && options.spentSoFar.month === month
      ? options.spentSoFar
      : new MonthSpend(month);
  let taskMicros = options.taskMicrosSoFar ?? 0;
  let calls = 0;

  const refuse = (
    budget: string,
    configPath: string,
    call: { readonly modelId: string; readonly estimate: CallEstimate },
    spent: number,
    limit: number,
    what: string,
    hint: string,
  ): never => {
    throw new BudgetError(
      `Not calling ${call.modelId}: the call could cost up to ${formatMicros(call.estimate.micros)} ` +
        `(${describeEstimate(call.estimate, options.model(call.modelId).billing)}), and ${what} ` +
        `has spent ${formatMicros(spent)} of its ${formatMicros(limit)} budget (${configPath}).`,
      budget,
      { hint },
    );
  };

  return {
    get taskMicros() {
      return taskMicros;
    },
    get calls() {
      return calls;
    },
    maxCalls,
    beforeCall(modelId, promptChars) {
      if (calls >= maxCalls) {
        const fromTier = tier !== undefined && tier.maxCallsPerTask < budgets.maxCallsPerTask;
        const capPath = fromTier ? `tiers.${tierName}.maxCallsPerTask` : 'budgets.maxCallsPerTask';
        throw new BudgetError(
          `Not calling ${modelId}: the task has made ${calls} model calls, the most allowed (${capPath} = ${maxCalls}).`,
          'maxCallsPerTask',
          {
            hint: `Raise ${capPath} if the work really needs more calls; repeated failures usually mean a model or server problem to fix first.`,
          },
        );
      }
      const estimate = worstCaseCost(modelId, options.model(modelId), promptChars, {
        totalMs,
        maxOutputTokens: options.maxOutputTokens,
      });
      // A call that costs nothing cannot take spend over a money budget, even one already spent.
      if (estimate.micros === 0) return;
      const call = { modelId, estimate };
      const over = (spent: number, limit: number | undefined): limit is number =>
        limit !== undefined && spent + estimate.micros > limit;
      if (over(taskMicros, budgets.perTask))
        refuse(
          'perTask',
          'budgets.perTask',
          call,
          taskMicros,
          budgets.perTask,
          'this task',
          'Raise budgets.perTask, split the task, or route this kind of work to a cheaper tier.',
        );
      const tierLimit = budgets.perTier[tierName];
      if (over(spend.tierMicros(tierName), tierLimit))
        refuse(
          'perTier',
          `budgets.perTier.${tierName}`,
          call,
          spend.tierMicros(tierName),
          tierLimit,
          `the ${tierName} tier this month (${month})`,
          `Raise budgets.perTier.${tierName}, wait for next month, or route work to another tier.`,
        );
      if (over(spend.personMicros(person), budgets.perPersonMonth))
        refuse(
          'perPersonMonth',
          'budgets.perPersonMonth',
          call,
          spend.personMicros(person),
          budgets.perPersonMonth,
          `work started by ${person} this month (${month})`,
          'Raise budgets.perPersonMonth, or have someone with budget left start the task.',
        );
      if (over(spend.totalMicros, budgets.perMonth))
        refuse(
          'perMonth',
          'budgets.perMonth',
          call,
          spend.totalMicros,
          budgets.perMonth,
          `all work this month (${month})`,
          'Raise budgets.perMonth, or wait for next month; flat-rate and free local tiers still run.',
        );
    },
    record(cost) {
      calls += 1;
      taskMicros += cost.actualMicros;
      spend.add(cost.actualMicros, { tier: tierName, person });
    },
  };
}
