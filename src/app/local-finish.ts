/**
 * Finishing a local task the way the GitHub path does: a person signs the delivered work off
 * (`aios signoff`) and says whether it was accepted (`aios outcome`). The entries are the ones
 * the signoff job writes from a review and a merge or close, so a local run can end with a cost
 * per accepted outcome. A person's minutes of review are recorded when given.
 */
import type { AiosConfig } from '../config/config-schema.js';
import { InputError } from '../core/errors.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { approvalsOf, approversNeeded } from '../jobs/approval-count.js';
import { namedApprovers } from '../jobs/approver-rule.js';

export interface FinishDeps {
  readonly ledger: LedgerStore;
  readonly config: AiosConfig;
  /** The person acting (git `user.name`, else the login). */
  readonly login: string;
}

type Delivered = Extract<LedgerEntry, { event: 'delivered' }>;

async function historyOf(ledger: LedgerStore, task: string): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  for await (const e of ledger.entries({ task })) entries.push(e);
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

function lastDelivered(task: string, history: readonly LedgerEntry[], what: string): Delivered {
  const d = [...history].reverse().find((e): e is Delivered => e.event === 'delivered');
  if (!d)
    throw new InputError(
      history.length === 0
        ? `There is no task "${task}" in the ledger.`
        : `Task ${task} has no delivered work to ${what}.`,
      [],
      {
        hint: 'Name the task as the ledger does (e.g. local/<repo>#<file name>); `aios ledger report --by kind` and `git log aios-ledger` list them.',
      },
    );
  return d;
}

/** Record a sign-off of the task's delivered work by `deps.login`. */
export async function signoffLocal(
  deps: FinishDeps,
  task: string,
  options: { minutes?: number | undefined } = {},
): Promise<Extract<LedgerEntry, { event: 'signoff' }>> {
  if (options.minutes !== undefined && !(Number.isFinite(options.minutes) && options.minutes >= 0))
    throw new InputError(`--minutes ${options.minutes} is not a number of minutes.`, [], {
      hint: 'Give the minutes the review took, e.g. --minutes 20.',
    });
  const history = await historyOf(deps.ledger, task);
  const delivered = lastDelivered(task, history, 'sign off');
  if (
    history.some(
      (e) =>
        e.event === 'signoff' &&
        e.data.counts &&
        e.data.login === deps.login &&
        e.id > delivered.id,
    )
  )
    throw new InputError(`${deps.login} has already signed off ${task}.`);
  const approvers = namedApprovers(deps.config, delivered.rule.id);
  // With no named approvers the person running AIOS on their own repository may sign off.
  const counts = approvers.length === 0 || approvers.includes(deps.login.toLowerCase());
  // As on GitHub: the risk level says how many distinct approvers sign the task off.
  const approvals = approvalsOf(history, delivered.data.commit, {
    login: deps.login,
    state: 'approved',
    counts,
    need: approversNeeded(deps.config, delivered.work.risk),
  });
  const entry = await deps.ledger.append({
    task,
    work: delivered.work,
    rule: delivered.rule,
    event: 'signoff',
    actor: { type: 'human', login: deps.login },
    data: {
      login: deps.login,
      approved: true,
      counts,
      pr: delivered.data.pr.url,
      state: 'approved',
      commit: delivered.data.commit,
      ...(options.minutes !== undefined ? { reviewMinutes: options.minutes } : {}),
      approvals,
      signedOff: approvals.have >= approvals.need,
    },
  });
  return entry as Extract<LedgerEntry, { event: 'signoff' }>;
}

/** Record whether the task's delivered work was accepted (merged) or rejected. */
export async function outcomeLocal(
  deps: FinishDeps,
  task: string,
  outcome: string,
): Promise<Extract<LedgerEntry, { event: 'outcome' }>> {
  if (outcome !== 'accepted' && outcome !== 'rejected')
    throw new InputError(`The outcome "${outcome}" is not accepted or rejected.`, [], {
      hint: 'Use `aios outcome <task> accepted` or `aios outcome <task> rejected`.',
    });
  const history = await historyOf(deps.ledger, task);
  const delivered = lastDelivered(task, history, 'decide on');
  const decided = history.find((e) => e.event === 'outcome' && e.id > delivered.id);
  if (decided?.event === 'outcome')
    throw new InputError(`The outcome of ${task} is already on record: ${decided.data.outcome}.`);
  const entry = await deps.ledger.append({
    task,
    work: delivered.work,
    rule: delivered.rule,
    event: 'outcome',
    actor: { type: 'human', login: deps.login },
    data: { outcome, by: deps.login, pr: delivered.data.pr.url },
  });
  return entry as Extract<LedgerEntry, { event: 'outcome' }>;
}
