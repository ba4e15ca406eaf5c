import { ForgeError } from '../core/errors.js';
import type { WorkflowRuns } from '../jobs/stop-runs.js';
import type { AiosOctokit } from './octokit.js';

// The statuses of a run that has not completed (docs.github.com/rest/actions/workflow-runs,
// the `status` query parameter); each is listed separately because the filter takes one value.
const ACTIVE = ['in_progress', 'queued', 'waiting', 'pending', 'requested'] as const;

/** The Actions API over Octokit, for the stop job (its token has `actions: write`). */
export function githubWorkflowRuns(
  octokit: AiosOctokit,
  owner: string,
  repo: string,
): WorkflowRuns {
  return {
    async workflowOf(runId) {
      const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
      return data.workflow_id;
    },
    async activeRuns(workflowId) {
      const ids = new Set<number>();
      for (const status of ACTIVE) {
        const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRuns, {
          owner,
          repo,
          workflow_id: workflowId,
          status,
          per_page: 100,
        });
        for (const r of runs) ids.add(r.id);
      }
      return [...ids];
    },
    async jobs(runId) {
      const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
        owner,
        repo,
        run_id: runId,
        filter: 'latest',
        per_page: 100,
      });
      return jobs.map((j) => ({ name: j.name, completed: j.status === 'completed' }));
    },
    async cancel(runId) {
      try {
        await octokit.rest.actions.cancelWorkflowRun({ owner, repo, run_id: runId });
        return true;
      } catch (cause) {
        if ((cause as { status?: number }).status === 409) return false;
        const status = (cause as { status?: number }).status;
        throw new ForgeError(`Cannot cancel workflow run ${runId}: ${String(cause)}.`, status, {
          cause,
          retryable: status === undefined || status >= 500,
          hint: 'The stop job needs `permissions: actions: write`.',
        });
      }
    },
  };
}
