/**
 * `aios answer <task> <text>`: a person answers the questions a local task stopped on, and the
 * task runs again with the answer in the persona's context, as `/aios answer` does on GitHub.
 * The entries are the GitHub path's: a new `planned`, then the attempts, gates and ending of the
 * re-run. Like the GitHub path, it refuses when the task file changed since it was planned, so
 * the answer never meets text nobody approved.
 */
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import type { Task } from '../core/task.js';
import { taskFromFile } from '../pipeline/intake.js';
import type { RunOutcome } from '../pipeline/run-task.js';
import type { LocalRunner } from './local-runner.js';

/** The GitHub path's limit on an answer's length (jobs/slash-command.ts). */
const MAX_ANSWER = 8000;

export interface AnswerOptions {
  readonly repoDir: string;
  /** Who is answering: the task's `requestedBy` when its file names nobody. */
  readonly requestedBy: string;
  readonly now: Date;
  /** The task file, when it is not where the `planned` entry says (relative to the repository). */
  readonly taskFile?: string | undefined;
}

/** Re-run a local task with a person's answer. */
export async function answerLocal(
  runner: Pick<LocalRunner, 'ledger' | 'repoName' | 'runTask'>,
  taskId: string,
  text: string,
  options: AnswerOptions,
): Promise<{ task: Task; outcome: RunOutcome }> {
  const answer = text.trim();
  if (!answer)
    throw new InputError('The answer is empty.', [], {
      hint: 'Give the answer after the task id, e.g. aios answer local/site#post "New clients."',
    });
  if (answer.length > MAX_ANSWER)
    throw new InputError(
      `The answer is ${answer.length} characters; at most ${MAX_ANSWER} are taken.`,
    );
  const history: LedgerEntry[] = [];
  for await (const e of runner.ledger.entries({ task: taskId })) history.push(e);
  history.sort((a, b) => a.id.localeCompare(b.id));
  const planned = [...history]
    .reverse()
    .find((e): e is Extract<LedgerEntry, { event: 'planned' }> => e.event === 'planned');
  if (!planned)
    throw new InputError(
      history.length === 0
        ? `There is no task "${taskId}" in the ledger.`
        : `AIOS has not started work on ${taskId}: there is no plan to answer.`,
      [],
      {
        hint:
          history.length === 0
            ? 'Name the task as the ledger does (e.g. local/<repo>#<file name>); `git log aios-ledger` lists them.'
            : 'Give the task a kind or estimate in its front matter and run it again with `aios run`.',
      },
    );
  const file = resolve(options.repoDir, options.taskFile ?? planned.data.source);
  const task = await taskFromFile(file, {
    repoName: runner.repoName,
    requestedBy: options.requestedBy,
    now: options.now,
    repoDir: options.repoDir,
  });
  if (task.id !== taskId)
    throw new InputError(`The task file ${file} is task ${task.id}, not ${taskId}.`);
  if (task.textHash !== planned.data.textHash)
    throw new InputError(
      `The task file ${planned.data.source} changed since AIOS planned ${taskId}, so the answer would meet text nobody approved.`,
      [],
      { hint: 'Run the changed task again with `aios run`, then answer its questions.' },
    );
  return { task, outcome: await runner.runTask(task, { humanAnswer: answer }) };
}
