import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/jobs/delivery-target.ts
async function deliveryTarget(plan, forge) {
  const src = plan.task.source;
  if (src.type !== "issue")
    return { ok: false, reason: "the task does not come from an issue or pull request" };
  const id = `${forge.owner}/${forge.repo}#${src.number}`;
  if (src.owner !== forge.owner || src.repo !== forge.repo || plan.task.id !== id || plan.issueNumber !== src.number || plan.plan.task !== plan.task.id)
    return { ok: false, reason: `the plan's task is not ${id} of this repository` };
  if (!src.isPullRequest) {
    const branch = `aios/issue-${src.number}`;
    return plan.branch === branch ? { ok: true, branch } : { ok: false, reason: `an issue's work goes to ${branch}, not ${plan.branch}` };
  }
  if (!plan.branch.trim())
    return { ok: false, reason: "the plan names no head branch for the pull request" };
  const pr = await forge.pullRequestForBranch(plan.branch);
  if (!pr || pr.number !== src.number)
    return {
      ok: false,
      reason: `${plan.branch} is not the head of open pull request #${src.number} in ${forge.owner}/${forge.repo}`
    };
  return { ok: true, branch: pr.headRef };
}
function isForkHead(payload) {
  const head = payload.pull_request.head.repo?.full_name;
  const base = payload.repository.full_name ?? `${payload.repository.owner.login}/${payload.repository.name}`;
  return head === void 0 || head.toLowerCase() !== base.toLowerCase();
}

export {
  deliveryTarget,
  isForkHead
};
