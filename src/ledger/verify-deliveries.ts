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

/** What the cross-check needs of a `delivered` entry. */
export interface DeliveredRef {
  readonly path: string;
  readonly task: string;
  readonly commit: string;
  readonly branch: string;
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
