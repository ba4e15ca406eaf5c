/**
 * The cross-check between the ledger and the work it records: every `delivered` entry names a
 * commit that exists and whose `AIOS-Task` trailer is that entry's task, and every commit on a
 * task branch that carries an `AIOS-Task` trailer is named by a `delivered` entry. A whole fake
 * task appended with a correct chain, or a delivered task dropped from the ledger, fails here
 * even though the ledger alone looks whole.
 */
import { readBlobs } from '../git/batch-reader.js';
import { readTrailers, trailerValues } from '../git/history-reader.js';

/** The trailer every AIOS task commit carries (see pipeline/render-delivery.ts). */
export const TASK_TRAILER = 'AIOS-Task';

/**
 * The trailer naming the task's last ledger entry before delivery (its sha256). The delivered
 * entry is written after the commit exists, so the commit cannot name it; it names the entry
 * the delivered one follows, and the delivered entry names the commit: each side binds the other.
 */
export const LEDGER_HEAD_TRAILER = 'AIOS-Ledger-Head';

/** What the cross-check needs of a `delivered` entry. */
export interface DeliveredRef {
  readonly path: string;
  readonly task: string;
  readonly commit: string;
  readonly branch: string;
  /** The hashes of the task's entries before this one in its chain (filled once the task is read). */
  before?: ReadonlySet<string>;
}

/** One mismatch between the ledger and the task branches. */
export interface DeliveryMismatch {
  readonly path: string | undefined;
  readonly commit: string;
  readonly message: string;
}

/** Where task branches live: local `aios/*` branches and their remote-tracking copies. */
export const TASK_BRANCHES = { branches: ['aios/*'], remotes: ['*/aios/*'] } as const;

export async function crossCheckDeliveries(
  repoDir: string,
  delivered: readonly DeliveredRef[],
): Promise<DeliveryMismatch[]> {
  const out: DeliveryMismatch[] = [];
  // Each delivered entry against its commit, read in one cat-file batch.
  let i = 0;
  for await (const object of readBlobs(
    repoDir,
    delivered.map((d) => d.commit),
  )) {
    const d = delivered[i++];
    if (!d) break;
    if (!object) {
      out.push({
        path: d.path,
        commit: d.commit,
        message: `delivered commit ${d.commit.slice(0, 12)} (branch ${d.branch}) is not in this repository: the delivery was forged, or fetch the task branches (git fetch origin 'refs/heads/aios/*:refs/remotes/origin/aios/*')`,
      });
      continue;
    }
    const tasks = trailerValues(object, TASK_TRAILER);
    if (!tasks.includes(d.task))
      out.push({
        path: d.path,
        commit: d.commit,
        message: `delivered commit ${d.commit.slice(0, 12)} carries ${tasks.length ? `${TASK_TRAILER}: ${tasks.join(', ')}` : `no ${TASK_TRAILER} trailer`}, not ${d.task}`,
      });
    const mismatch = ledgerHeadMismatch(d, trailerValues(object, LEDGER_HEAD_TRAILER));
    if (mismatch) out.push({ path: d.path, commit: d.commit, message: mismatch });
  }
  // Each task commit against the ledger.
  const known = new Set(delivered.map((d) => d.commit));
  for await (const c of readTrailers(repoDir, TASK_TRAILER, TASK_BRANCHES)) {
    if (known.has(c.commit)) continue;
    out.push({
      path: undefined,
      commit: c.commit,
      message: `task commit ${c.commit.slice(0, 12)} (${TASK_TRAILER}: ${c.values.join(', ')}) has no delivered entry in the ledger: entries were dropped`,
    });
  }
  return out;
}

/**
 * Whether a delivered entry and its commit's `AIOS-Ledger-Head` agree: the trailer must name an
 * entry of the task that comes before the delivered one in its chain. Editing, dropping or
 * re-billing any entry the work was delivered on changes that hash, so the rewrite shows here.
 */
export function ledgerHeadMismatch(d: DeliveredRef, heads: readonly string[]): string | undefined {
  const short = d.commit.slice(0, 12);
  if (heads.length === 0)
    return `delivered commit ${short} carries no ${LEDGER_HEAD_TRAILER} trailer: it does not name the ledger history it was delivered on (delivered by an AIOS before this check, or the commit was rewritten)`;
  const before = d.before ?? new Set<string>();
  const unknown = heads.filter((h) => !before.has(h));
  if (unknown.length > 0)
    return `delivered commit ${short} names ${LEDGER_HEAD_TRAILER} ${unknown[0]?.slice(0, 12)}…, which is no entry of ${d.task} before its delivery: the entries the work was delivered on were edited or dropped`;
  return undefined;
}
