import type { AiosConfig } from '../config/config-schema.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import { neutralise } from '../core/neutralise.js';
import type { Permission } from '../forge/forge.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import type { PlanArtifact } from './plan-artifact.js';

type Delivered = Extract<LedgerEntry, { event: 'delivered' }>;

/** The marker AIOS puts in the PR bodies it writes: where to look, never proof. */
const TASK_MARKER = /<!-- aios:task (\S+) -->/g;

/** The item `/aios revert` was written on: an issue, or a pull request (`issue.pull_request`). */
export interface CommentedItem {
  readonly number: number;
  readonly body: string | null;
  readonly isPullRequest: boolean;
  readonly byBot: boolean;
}

/**
 * May `login` roll back the task's work? The people who may approve it: the rule's `approvers`,
 * else `signoff.approvers`; with none named, anyone with write access (the signoff job's rule).
 */
export function mayRevert(
  config: Pick<AiosConfig, 'rules' | 'signoff'>,
  ruleId: string,
  login: string,
  permission: Permission,
): { ok: true } | { ok: false; why: string } {
  const rule = config.rules.find((r) => r.id === ruleId);
  const named = (rule?.route.approvers ?? config.signoff.approvers).map((a) => a.toLowerCase());
  if (named.length > 0)
    return named.includes(login.toLowerCase())
      ? { ok: true }
      : { ok: false, why: `only the task's approvers (${named.join(', ')}) may revert it` };
  return ['admin', 'maintain', 'write'].includes(permission)
    ? { ok: true }
    : { ok: false, why: 'only a person with write access may revert it' };
}

/** The task a comment's item delivers, from the ledger's `delivered` record for its number. */
async function deliveredTask(
  owner: string,
  repo: string,
  item: CommentedItem,
  ledger: LedgerStore,
): Promise<{ task: string; history: LedgerEntry[]; delivered: Delivered[] } | undefined> {
  const own = `${owner}/${repo}#${item.number}`;
  const candidates = new Set<string>([own]);
  if (item.isPullRequest && item.byBot)
    for (const m of (item.body ?? '').matchAll(TASK_MARKER)) if (m[1]) candidates.add(m[1]);
  for (const task of candidates) {
    if (!task.startsWith(`${owner}/${repo}#`)) continue;
    const history: LedgerEntry[] = [];
    for await (const e of ledger.entries({ task })) history.push(e);
    history.sort((a, b) => a.id.localeCompare(b.id));
    const delivered = history.filter(
      (e): e is Delivered =>
        e.event === 'delivered' && (task === own || e.data.pr.number === item.number),
    );
    if (delivered.length) return { task, history, delivered };
  }
  return undefined;
}

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
  const found = await deliveredTask(input.owner, input.repo, input.item, input.ledger);
  if (!found) return reply('nothing to revert', 'AIOS has delivered no work here to revert.');
  const last = found.delivered.at(-1) as Delivered;
  if (found.history.some((e) => e.event === 'reverted' && e.id > last.id))
    return reply('already reverted', `${found.task} is already reverted since its last delivery.`);
  const allowed = mayRevert(input.config, last.rule.id, input.login, input.permission);
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
