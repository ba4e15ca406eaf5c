import type { AiosConfig } from '../config/config-schema.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import { neutralise } from '../core/neutralise.js';
import type { Permission } from '../forge/forge.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { mayApproveWith } from './approver-rule.js';
import { findDelivery, type DeliveryItem } from './find-delivery.js';
import type { PlanArtifact } from './plan-artifact.js';

type Delivered = Extract<LedgerEntry, { event: 'delivered' }>;

/** The item `/aios revert` was written on: an issue, or a pull request (`issue.pull_request`). */
export type CommentedItem = Omit<DeliveryItem, 'headRef'>;

/**
 * Intake's answer to `/aios revert`: the task found from the ledger (on the issue, or on the
 * PR AIOS delivered), the commenter checked against the forge as an approver of that task,
 * and the commits to undo. Anyone else gets a clear reply and nothing is reverted; the
 * commenter's own text is never echoed.
 */
export async function revertRequest(input: {
  readonly owner: string;
  readonly repo: string;
  readonly item: CommentedItem;
  readonly login: string;
  readonly permission: Permission;
  readonly reason?: string | undefined;
  readonly config: Pick<AiosConfig, 'rules' | 'signoff'>;
  readonly ledger: LedgerStore;
}): Promise<PlanArtifact> {
  const n = input.item.number;
  const reply = (note: string, body: string): PlanArtifact => ({
    version: 1,
    decision: 'reply',
    note,
    issueNumber: n,
    reply: { kind: 'comment', marker: 'aios:revert', body },
  });
  const who = neutralise(`@${input.login}`, { as: 'code', max: 60 });
  const found = await findDelivery(input.owner, input.repo, input.item, input.ledger);
  if (!found) return reply('nothing to revert', 'AIOS has delivered no work here to revert.');
  const last = found.delivered.at(-1) as Delivered;
  if (found.history.some((e) => e.event === 'reverted' && e.id > last.id))
    return reply('already reverted', `${found.task} is already reverted since its last delivery.`);
  // Whoever may approve the task may roll it back (jobs/approver-rule.ts).
  const allowed = mayApproveWith(
    input.config,
    last.rule.id,
    input.login,
    input.permission,
    'revert it',
  );
  if (!allowed.ok)
    return reply(
      'revert refused',
      `${who} may not revert ${found.task}: ${allowed.why}. Nothing was reverted.`,
    );
  return {
    version: 1,
    decision: 'reply',
    note: `revert of ${found.task} by ${input.login}`,
    issueNumber: n,
    reply: {
      kind: 'revert',
      by: input.login,
      task: found.task,
      ...(input.reason ? { reason: input.reason } : {}),
      // Only what was delivered since the last revert: earlier deliveries are undone already.
      commits: [...new Set(sinceLastRevert(found).map((d) => d.data.commit))].reverse(),
      from: last.data.branch,
      deliveredPr: last.data.pr.url,
      work: last.work,
      rule: last.rule,
    },
  };
}

/** The deliveries after the task's last `reverted` entry (ids are time-ordered ULIDs). */
export function sinceLastRevert<D extends { readonly id: string }>(found: {
  readonly delivered: readonly D[];
  readonly history: readonly { readonly event: string; readonly id: string }[];
}): D[] {
  const reverted = found.history.filter((e) => e.event === 'reverted').map((e) => e.id);
  const lastRevert = reverted.sort().at(-1);
  return lastRevert ? found.delivered.filter((d) => d.id > lastRevert) : [...found.delivered];
}
