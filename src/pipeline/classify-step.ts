import { costOf } from '../core/cost.js';
import { BudgetError, describeError, ModelError } from '../core/errors.js';
import type { Task } from '../core/task.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { ModelGateway } from '../models/model-gateway.js';
import { CLASSIFIER_PERSONA, classifyWithModel } from '../routing/classifier-call.js';
import { classifyTask, type Classification } from '../routing/classify-task.js';
import type { PipelineDeps } from './run-task.js';
import { TaskRecord } from './task-record.js';

/**
 * Classify a task for planning: labels, issue-form fields and named paths first
 * (routing/classify-task.ts); then, only when the config enables `classify:` and the kind is
 * still open, one classifier call through the gateway, recorded as an `attempt` entry with
 * purpose `classify` under rule `classify`.
 */
export async function classifyForPlan(
  task: Task,
  deps: Pick<PipelineDeps, 'config'> &
    Partial<Pick<PipelineDeps, 'provider' | 'ledger' | 'sleep' | 'signal'>>,
): Promise<Classification> {
  const { config, hash } = deps.config;
  const classified = classifyTask(task, config);
  const policy = config.classify;
  // No provider (`aios route`) or no ledger to record the call in: no classifier call.
  if (!policy || classified.kind || !deps.provider || !deps.ledger) return classified;
  const provider = deps.provider;
  const model = config.models[policy.model];
  if (!model) return classified; // the config check names an unknown classify.model
  const tier =
    Object.entries(config.tiers).find(([, t]) => t.models.includes(policy.model))?.[0] ??
    'classify';
  const record = recordFor(deps.ledger, task, classified, hash);
  const gateway = new ModelGateway({
    providers: (id) => provider(id, model),
    sleep: deps.sleep,
    onCall: async (call) => {
      const cost = costOf(call.usage, model.billing, { model: call.modelId, ...model.price });
      await record.attempt({ persona: CLASSIFIER_PERSONA, tier }, call, cost);
    },
  });
  const ask = classifyWithModel(task, config, classified, async ({ messages, modelId }) => {
    const { answer } = await gateway.answer({
      messages,
      persona: CLASSIFIER_PERSONA,
      attempt: 1,
      models: [modelId],
      timeouts: config.tiers[tier]?.timeouts ?? {
        connectMs: 5_000,
        firstTokenMs: 60_000,
        totalMs: 120_000,
      },
      signal: deps.signal,
      purpose: 'classify',
    });
    return answer;
  });
  try {
    return await ask;
  } catch (error) {
    // The call is recorded (its attempt entry); a classifier that cannot answer leaves the kind
    // open, and the plan asks, as when it is unsure. A stop (cancel) still stops.
    if (!(error instanceof ModelError || error instanceof BudgetError)) throw error;
    if (error instanceof ModelError && error.errorClass === 'cancelled') throw error;
    return {
      ...classified,
      notes: [...classified.notes, `the classifier call failed (${describeError(error)})`],
    };
  }
}

/** The record of a task not yet planned: its kind is open, its rule is `classify`. */
function recordFor(
  ledger: LedgerStore,
  task: Task,
  classified: Classification,
  configHash: string,
): TaskRecord {
  return new TaskRecord(ledger, {
    task: task.id,
    work: { kind: 'unclassified', risk: 'medium', client: classified.client },
    rule: { id: 'classify', configHash },
  });
}
