import type { RepoForge } from '../forge/forge.js';
import type { WorkPlan } from './plan-artifact.js';

/**
 * Where the deliver job may push, decided from the verified plan and the forge, never from a
 * branch name alone: `aios/issue-<n>` for the plan's own issue, or the head branch of the
 * labelled pull request after re-reading that PR through the API (open, head in this
 * repository, same number). Anything else (the default branch, another issue's branch, a fork's
 * head) is refused with the reason.
 */
export async function deliveryTarget(
  plan: WorkPlan,
  forge: Pick<RepoForge, 'owner' | 'repo' | 'pullRequestForBranch'>,
): Promise<{ ok: true; branch: string } | { ok: false; reason: string }> {
  const src = plan.task.source;
  if (src.type !== 'issue')
    return { ok: false, reason: 'the task does not come from an issue or pull request' };
  const id = `${forge.owner}/${forge.repo}#${src.number}`;
  if (
    src.owner !== forge.owner ||
    src.repo !== forge.repo ||
    plan.task.id !== id ||
    plan.issueNumber !== src.number ||
    plan.plan.task !== plan.task.id
  )
    return { ok: false, reason: `the plan's task is not ${id} of this repository` };
  if (!src.isPullRequest) {
    const branch = `aios/issue-${src.number}`;
    return plan.branch === branch
      ? { ok: true, branch }
      : { ok: false, reason: `an issue's work goes to ${branch}, not ${plan.branch}` };
  }
  if (!plan.branch.trim())
    return { ok: false, reason: 'the plan names no head branch for the pull request' };
  // Listing open PRs by `owner:branch` finds only heads in this repository: a fork's is not listed.
  const pr = await forge.pullRequestForBranch(plan.branch);
  if (!pr || pr.number !== src.number)
    return {
      ok: false,
      reason: `${plan.branch} is not the head of open pull request #${src.number} in ${forge.owner}/${forge.repo}`,
    };
  return { ok: true, branch: pr.headRef };
}

/** A pull request whose head lives in another repository (a fork): AIOS never works on it. */
export function isForkHead(payload: {
  pull_request: { head: { repo?: { full_name?: string } | null } };
  repository: { full_name?: string; name: string; owner: { login: string } };
}): boolean {
  const head = payload.pull_request.head.repo?.full_name;
  const base =
    payload.repository.full_name ?? `${payload.repository.owner.login}/${payload.repository.name}`;
  return head === undefined || head.toLowerCase() !== base.toLowerCase();
}
