import { ModelError } from '../core/errors.js';
import type { GateVerdict } from '../core/gate-verdict.js';
import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { WorkFile } from '../gates/gate.js';
import type { GateSettings } from '../gates/gate-settings.js';
import {
  reviewerModels,
  reviewerPersonaFor,
  reviewerPrompt,
  reviewerVerdict,
} from '../gates/reviewer-gate.js';
import type { ChatTimeouts } from '../models/model-provider.js';
import type { ModelGateway } from '../models/model-gateway.js';
import type { PersonaSource } from '../personas/load-personas.js';

/**
 * The reviewer gate for one attempt: a second persona reads the work on a model the rule allows
 * (its own call through the same gateway, costed and recorded like any call) and returns a
 * verdict. Returned as a function so the pipeline calls it only when the deterministic gates
 * have passed.
 */
export function reviewStep(options: {
  gateway: ModelGateway;
  /** Runs the reviewer's call with the ledger attributing it to the reviewer persona. */
  asPersona: <T>(persona: string, call: () => Promise<T>) => Promise<T>;
  personas: PersonaSource;
  plan: Plan;
  task: Task;
  attempt: number;
  authorModel: string | undefined;
  settings: GateSettings | undefined;
  minConfidence: number;
  timeouts: ChatTimeouts | undefined;
  signal: AbortSignal | undefined;
}): (files: readonly WorkFile[]) => Promise<GateVerdict> {
  return async (files) => {
    const started = performance.now();
    const id = reviewerPersonaFor(
      options.plan.kind,
      options.plan.persona,
      options.settings?.personas,
    );
    const reviewer = await options.personas.load(id);
    let answer;
    try {
      ({ answer } = await options.asPersona(id, () =>
        options.gateway.answer({
          messages: reviewerPrompt({
            reviewer,
            taskTitle: options.task.title,
            taskBody: options.task.body,
            files,
            attempt: options.attempt,
          }),
          persona: id,
          attempt: options.attempt,
          models: reviewerModels(options.plan.models, options.authorModel),
          timeouts: options.timeouts ?? {
            connectMs: 5_000,
            firstTokenMs: 120_000,
            totalMs: 600_000,
          },
          signal: options.signal,
        }),
      ));
    } catch (error) {
      // A reviewer that cannot be reached cannot pass the work: it goes back, and after the
      // last attempt a person is asked. Budget and cancellation still stop the run.
      if (!(error instanceof ModelError) || error.errorClass === 'cancelled') throw error;
      return {
        gate: 'reviewer',
        pass: false,
        findings: [
          {
            rule: `reviewer/${id}`,
            severity: 'error',
            message: `the reviewer could not be reached: ${error.message}`,
          },
        ],
        durationMs: Math.round(performance.now() - started),
      };
    }
    return reviewerVerdict(
      answer,
      id,
      options.settings?.minConfidence ?? options.minConfidence,
      Math.round(performance.now() - started),
    );
  };
}
