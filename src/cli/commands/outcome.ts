import type { Task } from '../../core/task.js';
import type { RunOutcome } from '../../pipeline/run-task.js';
import type { FlushResult } from '../../ledger/ledger-store.js';
import { color, formatMicros, line, printJson } from '../output.js';
import { reportFlush } from './ledger-waiting.js';

/** Delivered work exits 0; asked, declined and failed work exits 1 (nothing was delivered). */
export function outcomeExitCode(outcome: RunOutcome): 0 | 1 {
  return outcome.status === 'delivered' ? 0 : 1;
}

/**
 * Report a finished run (`aios run`, `aios answer`): the outcome as text or JSON, and the exit
 * code — 0 delivered, 1 not, or the distinct code (README) when the work was done but its ledger
 * entries still wait to be pushed.
 */
export function reportRun(
  result: { task: Task; outcome: RunOutcome },
  lastFlush: FlushResult | undefined,
  json: boolean,
): void {
  const { task, outcome } = result;
  if (json) printJson({ task: { id: task.id, title: task.title }, ...outcome });
  else printOutcome(task, outcome);
  process.exitCode = outcomeExitCode(outcome);
  const waiting = reportFlush(lastFlush, (t) => process.stderr.write(`${t}\n`));
  if (waiting && process.exitCode === 0) process.exitCode = waiting;
}

export function printOutcome(task: Task, outcome: RunOutcome): void {
  const cost = `${outcome.cost.calls} call(s), ${formatMicros(outcome.cost.actualMicros)} actual, ${formatMicros(outcome.cost.shadowMicros)} shadow`;
  switch (outcome.status) {
    case 'delivered':
      line(
        `${color.green('delivered')} ${task.id} → branch ${color.cyan(outcome.delivery.branch)} (${outcome.delivery.commit.slice(0, 10)})`,
      );
      line(`  draft PR: ${outcome.delivery.pr.url}`);
      if (outcome.by.scripted)
        line(color.yellow('  scripted answers: this is a demonstration, not AI work'));
      line(
        `  ${outcome.attempts.length} attempt(s); ${cost}; by hand ≈ ${outcome.plan.byHand.minutes} min`,
      );
      break;
    case 'asked':
      line(`${color.yellow('asked a human')} ${task.id} at ${outcome.stage}: ${outcome.reason}`);
      for (const q of outcome.questions) line(`  - ${q}`);
      line(`  written to ${outcome.url}; ${cost}`);
      break;
    case 'declined':
      line(`${color.yellow('declined')} ${task.id}: ${outcome.reason}; ${cost}`);
      break;
    case 'failed':
      line(`${color.red('failed')} ${task.id} at ${outcome.stage}: ${outcome.reason}; ${cost}`);
      break;
  }
}
