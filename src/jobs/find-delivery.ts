import { readTaskMarkers } from '../core/hidden-marker.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import type { LedgerStore } from '../ledger/ledger-store.js';

type Delivered = Extract<LedgerEntry, { event: 'delivered' }>;

/** A pull request as the signoff job sees it in the webhook payload. */
export interface PullRequestSeen {
  readonly number: number;
  readonly body: string | null;
  readonly head: { readonly ref: string };
  readonly user: { readonly login: string; readonly type?: string };
}

/**
 * An issue or pull request AIOS may have delivered work for: what a review (signoff job) or a
 * `/aios revert` comment (intake) knows of it.
 */
export interface DeliveryItem {
  readonly number: number;
  readonly body: string | null;
  readonly isPullRequest: boolean;
  /** Opened by a bot (AIOS's own draft PR): only then do its marker and branch say where to look. */
  readonly byBot: boolean;
  /** A pull request's head branch, when the event names it: deliveries onto another branch do not count. */
  readonly headRef?: string | undefined;
}

/**
 * The task a pull request delivers and its latest delivery onto it (`findDelivery` for a
 * review): only that delivery's commit can be signed off.
 */
export async function findDeliveredTask(
  owner: string,
  repo: string,
  pr: PullRequestSeen,
  ledger: LedgerStore,
): Promise<{ task: string; history: LedgerEntry[]; delivered: Delivered } | undefined> {
  const found = await findDelivery(owner, repo, pullRequestItem(pr), ledger);
  const delivered = found?.delivered.at(-1);
  return found && delivered ? { task: found.task, history: found.history, delivered } : undefined;
}

/** The item of a pull request event. */
function pullRequestItem(pr: PullRequestSeen): DeliveryItem {
  return {
    number: pr.number,
    body: pr.body,
    isPullRequest: true,
    byBot: pr.user.type === 'Bot',
    headRef: pr.head.ref,
  };
}

/**
 * The task an issue or pull request delivers, found from AIOS's own record: `delivered` entries
 * in the ledger. On an issue, the issue's own task and every delivery of it. On a pull request,
 * the deliveries onto this PR (its number, and its head branch when known). Markers in a bot
 * PR's body and the `aios/issue-<n>` branch only say where to look (the body can hold model
 * text, so a marker can be planted); a task without such a record is not found. A PR not
 * opened by a bot has a task only when it is the labelled PR itself (AIOS delivered onto
 * someone's own PR). `delivered` is in ledger order, the latest last.
 */
export async function findDelivery(
  owner: string,
  repo: string,
  item: DeliveryItem,
  ledger: LedgerStore,
): Promise<{ task: string; history: LedgerEntry[]; delivered: Delivered[] } | undefined> {
  const own = `${owner}/${repo}#${item.number}`;
  const candidates = new Set<string>();
  if (item.isPullRequest && item.byBot) {
    for (const task of readTaskMarkers(item.body)) candidates.add(task);
    const n = item.headRef ? /^aios\/issue-(\d+)$/.exec(item.headRef)?.[1] : undefined;
    if (n) candidates.add(`${owner}/${repo}#${n}`);
  }
  candidates.add(own);
  const ontoThis = (e: Delivered): boolean =>
    !item.isPullRequest ||
    (e.data.pr.number === item.number &&
      (item.headRef === undefined || e.data.branch === item.headRef));
  for (const task of candidates) {
    if (!task.startsWith(`${owner}/${repo}#`)) continue;
    const history: LedgerEntry[] = [];
    for await (const e of ledger.entries({ task })) history.push(e);
    history.sort((a, b) => a.id.localeCompare(b.id));
    const delivered = history.filter((e): e is Delivered => e.event === 'delivered' && ontoThis(e));
    if (delivered.length) return { task, history, delivered };
  }
  return undefined;
}
