import { ForgeError, GitError } from '../core/errors.js';
import { resolveCommit } from '../git/refs.js';
import { fetchBranch, pushCommit } from '../git/remote.js';
import { revertCommits } from '../git/revert-commits.js';
import type { RevertProposal } from './forge.js';
import type { GitHubForgeOptions } from './github-forge.js';
import { pullRefusal, PullRefusedError } from './pull-refusal.js';
import { statusOf } from './http-status.js';

/**
 * `RepoForge.openRevert` on GitHub: the revert commit is built in the deliver job's checkout
 * (a private index, git/revert-commits.ts) on the default branch's tip as origin has it, with
 * the delivered commits fetched from their branch when it still exists; pushed to a new branch
 * (never forced: an existing revert branch is an error) and opened as a draft PR.
 */
export async function openRevertOnGitHub(
  options: GitHubForgeOptions,
  p: RevertProposal,
): Promise<{ number: number; url: string; commit: string }> {
  const { repoDir, defaultBranch, octokit, owner, repo } = options;
  const remote = options.remote ?? 'origin';
  const tipRef = `refs/remotes/${remote}/${defaultBranch}`;
  if ((await fetchBranch(repoDir, remote, defaultBranch, tipRef)) === 'absent')
    throw new GitError(`${remote} has no ${defaultBranch} branch to revert on`);
  const onto = await resolveCommit(repoDir, tipRef);
  if (!onto) throw new GitError(`cannot read ${defaultBranch} from ${remote}`);
  if (
    (await fetchBranch(repoDir, remote, p.branch, `refs/aios/revert-check/${p.branch}`)) !==
    'absent'
  )
    throw new GitError(`the branch ${p.branch} already exists on ${remote}`, {
      hint: `Close its pull request and delete the branch to open the revert again.`,
    });
  // The delivered commits: on the default branch once merged, else on their own branch.
  await fetchBranch(repoDir, remote, p.from, `refs/aios/revert-from/${p.from}`);
  const author = options.author ?? {
    name: 'aios[bot]',
    email: 'aios-bot@users.noreply.github.com',
  };
  const commit = await revertCommits(repoDir, {
    commits: p.commits,
    onto,
    branch: p.branch,
    message: p.message,
    author,
    time: Math.floor(p.time.getTime() / 1000),
  });
  await pushCommit(repoDir, remote, commit, p.branch);
  try {
    const { data } = await octokit.pulls.create({
      owner,
      repo,
      head: p.branch,
      base: defaultBranch,
      title: p.title,
      body: p.body,
      draft: true,
    });
    return { number: data.number, url: data.html_url, commit };
  } catch (error) {
    const refusal = pullRefusal(error, {
      owner,
      repo,
      then: `Then delete the branch ${p.branch} (the revert is pushed there) and ask for the revert again.`,
    });
    const message = `open the revert pull request for ${p.branch}: ${String(error)}`;
    if (refusal) throw new PullRefusedError(message, statusOf(error), refusal, error);
    throw new ForgeError(message, statusOf(error), { cause: error });
  }
}
