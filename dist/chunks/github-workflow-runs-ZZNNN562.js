import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ForgeError
} from "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";

// src/forge/github-workflow-runs.ts
var ACTIVE = ["in_progress", "queued", "waiting", "pending", "requested"];
function githubWorkflowRuns(octokit, owner, repo) {
  return {
    async workflowOf(runId) {
      const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
      return data.workflow_id;
    },
    async activeRuns(workflowId) {
      const ids = /* @__PURE__ */ new Set();
      for (const status of ACTIVE) {
        const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRuns, {
          owner,
          repo,
          workflow_id: workflowId,
          status,
          per_page: 100
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
        filter: "latest",
        per_page: 100
      });
      return jobs.map((j) => ({ name: j.name, completed: j.status === "completed" }));
    },
    async cancel(runId) {
      try {
        await octokit.rest.actions.cancelWorkflowRun({ owner, repo, run_id: runId });
        return true;
      } catch (cause) {
        if (cause.status === 409) return false;
        const status = cause.status;
        throw new ForgeError(`Cannot cancel workflow run ${runId}: ${String(cause)}.`, status, {
          cause,
          retryable: status === void 0 || status >= 500,
          hint: "The stop job needs `permissions: actions: write`."
        });
      }
    }
  };
}
export {
  githubWorkflowRuns
};
