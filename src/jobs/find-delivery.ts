import type { LedgerEntry } from '../core/ledger-entry.js';
import type { LedgerStore } from '../ledger/ledger-store.js';

type Delivered = Extract<LedgerEntry, { event: 'delivered' }>;

/** The marker AIOS puts in every PR body it writes; a hint where to look, never proof. */
const TASK_MARKERS = /<!-- aios:task (\S+) -->/g;

/** A pull request as the signoff job sees it in the webhook payload. */
export interface PullRequestSeen {
  readonly number: number;
  readonly body: string | null;
  readonly head: { readonly ref: string };
  readonly user: { readonly login: string; readonly type?: string };
}

/**
 * The task a pull request delivers, found from AIOS's own record: a `delivered` entry in the
 * ledger for this PR's number and head branch. Markers in the body and the `aios/issue-<n>`
 * branch only say where to look (the body can hold model text, so a marker can be planted); a
 * task without such a record has no sign-off. A PR not opened by a bot has a task only when it
 * is the labelled PR itself (AIOS delivered onto someone's own PR).
 */
export async function findDeliveredTask(
  owner: string,
  repo: string,
  pr: PullRequestSeen,
  ledger: LedgerStore,
): Promise<{ task: string; history: LedgerEntry[]; delivered: Delivered } | undefined> {
  const own = `${owner}/${repo}#${pr.number}`;
  const byBot = pr.user.type === 'Bot';
  const candidates = new Set<string>();
  if (byBot) {
    for (const m of (pr.body ?? '').matchAll(TASK_MARKERS)) if (m[1]) candidates.add(m[1]);
    const n = /^aios\/issue-(\d+)$/.exec(pr.head.ref)?.[1];
    if (n) candidates.add(`${owner}/${repo}#${n}`);
  }
  candidates.add(own);
  for (const task of candidates) {
    if (!task.startsWith(`${owner}/${repo}#`)) continue;
    const history: LedgerEntry[] = [];
    for await (const e of ledger.entries({ task })) history.push(e);
    history.sort((a, b) => a.id.localeCompare(b.id));
    const delivered = history
      .filter(
        (e): e is Delivered =>
          e.event === 'delivered' &&
          e.data.pr.number === pr.number &&
          e.data.branch === pr.head.ref,
      )
      .at(-1);
    if (delivered) return { task, history, delivered };
  }
  return undefined;
}
