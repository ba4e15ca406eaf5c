import type { LoadedConfig } from '../config/load-config.js';
import { flushNotes } from '../ledger/flush-notes.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import type { RepoForge } from '../forge/forge.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { TaskRecord } from '../pipeline/task-record.js';
import type { AiosEvent } from './events.js';
import { mayApprove } from './approver-rule.js';
import { findDeliveredTask } from './find-delivery.js';
import { parseSlashCommand } from './slash-command.js';

/** Minutes from a `/aios signoff 20m` line of a review's text; undefined when there is none. */
function reviewMinutesIn(body: string | null | undefined): number | undefined {
  const cmd = body ? parseSlashCommand(body) : undefined;
  return cmd?.ok && cmd.command.type === 'signoff' ? cmd.command.minutes : undefined;
}
import { approvalsOf, approversNeeded } from './approval-count.js';

export interface SignoffDeps {
  readonly forge: Pick<RepoForge, 'owner' | 'repo' | 'permission'>;
  readonly ledger: LedgerStore;
  readonly config: LoadedConfig;
  readonly log: (line: string) => void;
}

/**
 * The signoff job: an approving review by an allowed approver is the sign-off (`signoff`
 * counting), any other review is recorded but is not; a merge or close is the `outcome`
 * (accepted or rejected), so rejected work is on the record too. Nothing here merges anything.
 */
export async function signoffJob(
  event: AiosEvent,
  deps: SignoffDeps,
): Promise<{ recorded: string | undefined; summary: string }> {
  try {
    return await record(event, deps);
  } finally {
    // What an earlier, crashed run left in the spool is sent (or set aside) now: say so.
    for (const n of flushNotes(await deps.ledger.flush())) deps.log(n.text);
  }
}

async function record(
  event: AiosEvent,
  deps: SignoffDeps,
): Promise<{ recorded: string | undefined; summary: string }> {
  if (event.kind !== 'pr-review' && event.kind !== 'pr-closed')
    return { recorded: undefined, summary: 'AIOS: not a review or close event.\n' };
  const pr = event.payload.pull_request;
  const found = await findDeliveredTask(deps.forge.owner, deps.forge.repo, pr, deps.ledger);
  if (!found)
    return { recorded: undefined, summary: `AIOS: PR #${pr.number} is not an AIOS delivery.\n` };
  const { task, history, delivered } = found;
  const planned = [...history]
    .reverse()
    .find((e): e is Extract<LedgerEntry, { event: 'planned' }> => e.event === 'planned');
  if (!planned)
    return {
      recorded: undefined,
      summary: `AIOS: no plan on record for ${task}; nothing to sign off.\n`,
    };
  const record = TaskRecord.continuing(deps.ledger, { ...planned, task });
  const prRef = `${deps.forge.owner}/${deps.forge.repo}#${pr.number}`;

  if (event.kind === 'pr-review') {
    const review = event.payload.review;
    if (history.some((e) => e.event === 'signoff' && e.data.reviewId === review.id)) {
      return { recorded: undefined, summary: `AIOS: review ${review.id} is already on record.\n` };
    }
    const login = review.user.login;
    const state = review.state.toLowerCase();
    const approved = state === 'approved';
    // The named approvers, else anyone with write access: the rule `/aios revert` uses too.
    const allowed = (
      await mayApprove(deps.config.config, planned.rule.id, login, () =>
        deps.forge.permission(login),
      )
    ).ok;
    // Only the commit AIOS delivered last can be signed off: an approval of an earlier (or
    // someone else's later) commit is recorded, not counted.
    const stale = review.commit_id !== delivered.data.commit;
    const requester = planned.data.requestedBy.toLowerCase() === login.toLowerCase();
    const requesterMay = deps.config.config.signoff.requesterMayApprove[planned.work.risk];
    const counts = approved && allowed && !stale && (!requester || requesterMay);
    const approvals = approvalsOf(history, delivered.data.commit, {
      login,
      state,
      counts,
      need: approversNeeded(deps.config.config, planned.work.risk),
    });
    const signedOff = approvals.have >= approvals.need;
    const submitted = review.submitted_at ? Date.parse(review.submitted_at) : Date.now();
    const minutes = Math.max(0, Math.round((submitted - Date.parse(pr.created_at)) / 60_000));
    // The reviewer's own minutes (`/aios signoff 20m` in the review's text): what review costs.
    const reviewMinutes = reviewMinutesIn(review.body);
    await record.signoff(new Date(submitted), {
      login,
      approved,
      counts,
      minutesToApproval: approved ? minutes : undefined,
      pr: prRef,
      reviewId: review.id,
      state,
      byRequester: requester,
      commit: review.commit_id,
      ...(reviewMinutes !== undefined ? { reviewMinutes } : {}),
      approvals,
      signedOff,
    });
    const tally = `${approvals.have} of ${approvals.need} approvals`;
    const what = counts
      ? signedOff
        ? `signed off by ${login}${requester ? ' (who also started the work)' : ''} (${tally})`
        : `approved by ${login}: ${tally} at ${planned.work.risk} risk, not yet signed off`
      : !approved
        ? `${state} review by ${login} recorded`
        : !allowed
          ? `approved by ${login}, who is not an allowed approver: recorded, not a sign-off`
          : stale
            ? `approved by ${login} on ${review.commit_id.slice(0, 12)}, not the delivered commit ${delivered.data.commit.slice(0, 12)}: recorded, not a sign-off`
            : `approved by ${login}, who started the work; at ${planned.work.risk} risk a second person must approve: recorded, not a sign-off`;
    const effort = reviewMinutes !== undefined ? ` (${reviewMinutes} min of review)` : '';
    deps.log(`${task}: ${what}${effort}`);
    return { recorded: 'signoff', summary: `AIOS: ${task} ${what}${effort}.\n` };
  }

  if (history.some((e) => e.event === 'outcome'))
    return { recorded: undefined, summary: `AIOS: the outcome of ${task} is already on record.\n` };
  const merged = event.payload.pull_request.merged === true;
  await record.outcome(merged, event.payload.sender.login, prRef);
  return {
    recorded: 'outcome',
    summary: `AIOS: ${task} ${merged ? 'accepted (merged)' : 'rejected (closed without merging)'}.\n`,
  };
}
