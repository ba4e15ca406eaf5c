import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import "./chunk-OWSLLXUM.js";

// src/jobs/stop-runs.ts
function taskJobNames(issueNumber) {
  return [`aios work #${issueNumber}`, `aios deliver #${issueNumber}`];
}
async function cancelTaskRuns(api, task, log = () => void 0) {
  const names = new Set(taskJobNames(task.issueNumber));
  const workflowId = await api.workflowOf(task.ownRunId);
  const cancelled = [];
  const alreadyDone = [];
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
export {
  cancelTaskRuns,
  taskJobNames
};
