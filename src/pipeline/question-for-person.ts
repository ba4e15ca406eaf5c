import type { Task } from '../core/task.js';
import type { HumanQuestion } from '../forge/forge.js';

/** A result that ends without delivered work, as the pipeline and the work artifact report it. */
export type UnfinishedResult =
  | {
      readonly status: 'asked';
      readonly stage: HumanQuestion['stage'];
      readonly reason: string;
      readonly questions: readonly string[];
    }
  | { readonly status: 'declined'; readonly reason: string }
  | {
      readonly status: 'failed';
      readonly stage: HumanQuestion['stage'] | 'budget';
      readonly reason: string;
    };

/**
 * The question AIOS puts to a person when a task ends without delivered work: the persona's
 * or the gates' questions as they are, a decline with how to route elsewhere, a failure with
 * how to retry. One wording for `aios run` and the deliver job alike.
 */
export function questionForPerson(
  task: Task,
  persona: string,
  result: UnfinishedResult,
): HumanQuestion {
  switch (result.status) {
    case 'asked':
      return { task, stage: result.stage, reason: result.reason, questions: result.questions };
    case 'declined':
      return {
        task,
        stage: 'work',
        reason: `The ${persona} persona declined: ${result.reason}`,
        questions: [
          'Route it to another persona with `/aios route <persona>`, or change the task.',
        ],
      };
    case 'failed':
      return {
        task,
        // A budget stop happens while working: the person is asked about the work.
        stage: result.stage === 'budget' ? 'work' : result.stage,
        reason: result.reason,
        questions: ['Nothing was delivered. Fix the cause above, then `/aios retry`.'],
      };
  }
}
