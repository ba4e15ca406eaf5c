/**
 * `/aios stop` stops work in flight: the stop job (the only one with `actions: write`) cancels
 * the workflow runs still working on the task. Work and deliver jobs carry the task's number in
 * their rendered names (`aios work #12`, `aios deliver #12`, as `templates/workflow.yml` names
 * them), the same key their concurrency groups use, so a run is this task's exactly when one of
 * its unfinished jobs has such a name. deliver's own re-check before it pushes stays the
 * backstop for a run this misses (one that starts after the stop).
 */

/** The Actions API as the stop job needs it (a port: the adapter speaks Octokit). */
export interface WorkflowRuns {
  /** The workflow the given run belongs to. */
  workflowOf(runId: number): Promise<number>;
  /** Runs of the workflow that have not completed (queued, waiting, pending or in progress). */
  activeRuns(workflowId: number): Promise<number[]>;
  /** The run's jobs: rendered name and whether it has completed. */
  jobs(runId: number): Promise<Array<{ name: string; completed: boolean }>>;
  /** Ask GitHub to cancel the run; false when it had already completed (409). */
  cancel(runId: number): Promise<boolean>;
}

/** The job names (as the workflow renders them) that hold work for a task. */
export function taskJobNames(issueNumber: number): string[] {
  return [`aios work #${issueNumber}`, `aios deliver #${issueNumber}`];
}

/** What the stop job did. */
export interface StopRunsResult {
  readonly cancelled: number[];
  /** Runs that had finished between the listing and the cancel. */
  readonly alreadyDone: number[];
}

/**
 * Cancel every active run of this workflow, other than the stop's own run, that has an
 * unfinished work or deliver job for the task.
 */
export async function cancelTaskRuns(
  api: WorkflowRuns,
  task: { readonly issueNumber: number; readonly ownRunId: number },
  log: (line: string) => void = () => undefined,
): Promise<StopRunsResult> {
  const names = new Set(taskJobNames(task.issueNumber));
  const workflowId = await api.workflowOf(task.ownRunId);
  const cancelled: number[] = [];
  const alreadyDone: number[] = [];
  for (const runId of await api.activeRuns(workflowId)) {
    if (runId === task.ownRunId) continue;
    const jobs = await api.jobs(runId);
    if (!jobs.some((j) => !j.completed && names.has(j.name))) continue;
    if (await api.cancel(runId)) {
      cancelled.push(runId);
      log(`cancelled run ${runId} (work on #${task.issueNumber} in flight)`);
    } else alreadyDone.push(runId);
  }
  return { cancelled, alreadyDone };
}
