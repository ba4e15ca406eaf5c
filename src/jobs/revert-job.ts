import type { Clock } from '../core/clock.js';
import { AiosError, describeError } from '../core/errors.js';
import { taskKey } from '../core/task.js';
import type { RepoForge } from '../forge/forge.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import type { Reply } from './plan-artifact.js';

type RevertReply = Extract<Reply, { kind: 'revert' }>;

/** The branch a task's revert is opened on (as `aios revert` names it locally). */
export function revertBranchOf(task: string): string {
  return `aios/revert-${taskKey(task)}`;
}

/**
 * The deliver job's half of `/aios revert` (intake checked the approver): open the revert of
 * the delivered commits as a draft PR, write the `reverted` entry, and say so where the command
 * was given. A revert that cannot be made (the changes moved on, the branch exists) is a reply
 * saying why, and nothing is recorded.
 */
export async function revertJob(
  reply: RevertReply,
  issueNumber: number,
  deps: {
    readonly forge: Pick<RepoForge, 'upsertComment' | 'openRevert'>;
    readonly ledger: LedgerStore;
    readonly clock: Clock;
    readonly log: (line: string) => void;
  },
): Promise<{ outcome: string; prUrl?: string | undefined; summary: string }> {
  const { forge } = deps;
  if (!forge.openRevert) throw new Error('this forge cannot open a revert');
  const branch = revertBranchOf(reply.task);
  const message = [
    `Revert ${reply.task}`,
    '',
    `This reverts ${reply.commits.length === 1 ? 'commit' : 'commits'} ${reply.commits.join(', ')}, delivered by AIOS.`,
    ...(reply.reason ? ['', `Why: ${reply.reason}`] : []),
    '',
    `Reverted-by: ${reply.by}`,
  ].join('\n');
  let pr: { number: number; url: string; commit: string };
  try {
    pr = await forge.openRevert({
      commits: reply.commits,
      from: reply.from,
      branch,
      message,
      title: `Revert ${reply.task}`,
      body: `Requested by @${reply.by} with \`/aios revert\`. Undoes the work delivered in ${reply.deliveredPr}. Review and merge to roll it back; nothing is merged by AIOS.`,
      time: deps.clock.now(),
    });
  } catch (error) {
    if (!(error instanceof AiosError)) throw error;
    const why = describeError(error);
    deps.log(`revert of ${reply.task} failed: ${why}`);
    // The cause is cut short; the fix (AIOS's own words, e.g. which setting to change) never is.
    await forge.upsertComment(
      issueNumber,
      'aios:revert',
      `AIOS could not open a revert of ${reply.task}: ${error.message.slice(0, 300)}${error.hint ? `\n\nHow to fix: ${error.hint}` : ''}`,
    );
    return { outcome: 'failed', summary: `AIOS: the revert of ${reply.task} failed.\n` };
  }
  await deps.ledger.append({
    task: reply.task,
    work: reply.work,
    rule: reply.rule,
    event: 'reverted',
    actor: { type: 'human', login: reply.by },
    data: {
      by: reply.by,
      commits: [...reply.commits],
      branch,
      commit: pr.commit,
      pr: { number: pr.number, url: pr.url },
      ...(reply.reason ? { reason: reply.reason } : {}),
    },
  });
  await forge.upsertComment(
    issueNumber,
    'aios:revert',
    `AIOS opened draft PR #${pr.number} reverting ${reply.task} at the request of @${reply.by}. Merging it rolls the work back.`,
  );
  return {
    outcome: 'reverted',
    prUrl: pr.url,
    summary: `AIOS: revert of ${reply.task} opened as draft PR #${pr.number}.\n`,
  };
}
