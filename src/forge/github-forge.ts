import { ForgeError, GitError } from '../core/errors.js';
import { writeCommentMarker } from '../core/hidden-marker.js';
import { boundText, BOUNDS } from '../core/neutralise.js';
import { neutralizeForGitHub } from '../core/sanitize.js';
import { commitFiles } from '../git/commit-files.js';
import { commitHoldsFiles } from '../git/holds-files.js';
import { resolveCommit } from '../git/refs.js';
import { fetchBranch, pushCommit, PushRejectedError } from '../git/remote.js';
import type { AiosOctokit } from './octokit.js';
import { isOwnComment } from './own-comment.js';
import { openRevertOnGitHub } from './github-revert.js';
import { pullRefusal, PullRefusedError } from './pull-refusal.js';
import type {
  Delivery,
  DeliveryResult,
  HumanQuestion,
  IssueSnapshot,
  LineComment,
  Permission,
  PullRecords,
  PullRequestInfo,
  PullRequestState,
  PullReview,
  RepoForge,
} from './forge.js';
import { statusOf } from './http-status.js';

export interface GitHubForgeOptions {
  readonly octokit: AiosOctokit;
  readonly owner: string;
  readonly repo: string;
  /** The checkout the deliver job runs in; its `origin` is the repository on GitHub. */
  readonly repoDir: string;
  readonly defaultBranch: string;
  readonly remote?: string;
  readonly author?: { name: string; email: string };
  readonly needsHumanLabel: string;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The login AIOS comments as (`github-actions[bot]`, or the GitHub App's `<slug>[bot]`). */
  readonly botLogin?: string | undefined;
  /**
   * The id of the comment AIOS recorded (in the ledger) for this issue and marker, if any: it is
   * updated by that id in preference to a search by marker and author.
   */
  readonly recordedComment?:
    ((issue: number, marker: string) => Promise<number | undefined>) | undefined;
}

/** Markers that let AIOS find its own comments again, so re-runs update rather than repeat. */
export const MARKERS = { delivered: 'aios:delivered', ask: 'aios:ask' } as const;

/** A ForgeError for a failed GitHub call, with the call's HTTP status when it has one. */
function forgeError(what: string, error: unknown): ForgeError {
  const status = statusOf(error);
  return new ForgeError(
    `GitHub refused to ${what}${status ? ` (HTTP ${status})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
    status,
    {
      cause: error,
      retryable: status === undefined || status >= 500 || status === 429,
      hint:
        status === 403 || status === 404
          ? 'Check the job permissions (contents, pull-requests, issues: write) and the token.'
          : undefined,
    },
  );
}

/** The forge's collaborators: the client, the repository and the options it was made with. */
interface GitHub {
  readonly octokit: AiosOctokit;
  readonly owner: string;
  readonly repo: string;
  readonly options: GitHubForgeOptions;
}

/**
 * The forge on GitHub: the task branch pushed to origin (never forced), one draft PR per task
 * branch updated in place, comments found again by hidden markers, labels, review requests and
 * review comments, through Octokit. Each part is a named step below.
 */
export function createGitHubForge(options: GitHubForgeOptions): RepoForge & PullRecords {
  const gh: GitHub = {
    octokit: options.octokit,
    owner: options.owner,
    repo: options.repo,
    options,
  };
  const pushBranch = branchPusher(options);
  const upsertComment = commentUpserter(gh);
  const labels = issueLabels(gh);
  const forge: RepoForge & PullRecords = {
    kind: 'github',
    pullRequestState: (number) => pullState(gh, number),
    pullReviews: (number) => pullReviews(gh, number),
    owner: gh.owner,
    repo: gh.repo,
    permission: (login) => permissionOf(gh, login),
    issue: (number) => issueSnapshot(gh, number),
    upsertComment,
    ...labels,
    pullRequestForBranch: (branch) => findPull(gh, branch),
    async pullRequestFiles(number: number) {
      try {
        // "List pull requests files": at most 3000 files, 100 a page.
        const files = await gh.octokit.paginate(gh.octokit.pulls.listFiles, {
          owner: gh.owner,
          repo: gh.repo,
          pull_number: number,
          per_page: 100,
        });
        return files.filter((f) => f.status !== 'removed').map((f) => f.filename);
      } catch (error) {
        throw forgeError(`list the files of PR #${number}`, error);
      }
    },
    async closePullRequest(number: number) {
      try {
        await gh.octokit.pulls.update({
          owner: gh.owner,
          repo: gh.repo,
          pull_number: number,
          state: 'closed',
        });
      } catch (error) {
        throw forgeError(`close PR #${number}`, error);
      }
    },
    reviewComments: (pullNumber, commit, comments) =>
      reviewComments(gh, pullNumber, commit, comments),
    // `/aios revert`: a revert of delivered commits as a draft PR (github-revert.ts).
    openRevert: (proposal) => openRevertOnGitHub(options, proposal),
    async deliver(d: Delivery): Promise<DeliveryResult> {
      const { commit, committed } = await pushBranch(d);
      const { pr, created } = await openOrUpdatePull(gh, d, upsertComment).catch(
        async (error: unknown) => {
          await tellRefusal(d, error, upsertComment);
          throw error;
        },
      );
      await requestReviews(gh, pr, d.reviewers);
      let comment: DeliveryResult['comment'];
      if (d.task.source.type === 'issue' && d.task.source.number !== pr.number) {
        const posted = await upsertComment(
          d.task.source.number,
          MARKERS.delivered,
          `AIOS opened draft PR #${pr.number} for this issue. It needs a human review; approving it is the sign-off.`,
        );
        if (posted.id !== undefined) comment = { issue: d.task.source.number, id: posted.id };
        await labels.removeLabel(d.task.source.number, options.needsHumanLabel);
      }
      return {
        branch: d.branch,
        commit,
        committed,
        pr: { number: pr.number, url: pr.url, created },
        ...(comment ? { comment } : {}),
      };
    },
    async ask(q: HumanQuestion) {
      if (q.task.source.type !== 'issue')
        throw new ForgeError('the GitHub forge can only ask on issues', undefined);
      const result = await upsertComment(q.task.source.number, MARKERS.ask, askBody(q));
      await labels.addLabels(q.task.source.number, [options.needsHumanLabel]);
      return result;
    },
  };
  return forge;
}

/** The question as an issue comment. Questions may be model text: neutralised so they cannot ping, close or link out. */
function askBody(q: HumanQuestion): string {
  return [
    `**AIOS needs a human** (${q.stage}): ${neutralizeForGitHub(q.reason)}`,
    '',
    ...q.questions
      .slice(0, 20)
      .map((x) => `- ${neutralizeForGitHub(x, undefined, BOUNDS.question)}`),
    '',
    'Answer with `/aios answer <text>`, or route it with `/aios route <persona>`.',
  ].join('\n');
}

/** Pushing the task branch: a commit written without a work tree, pushed, never forced. */
function branchPusher(
  options: GitHubForgeOptions,
): (d: Delivery) => Promise<{ commit: string; committed: boolean }> {
  const { repoDir } = options;
  const remote = options.remote ?? 'origin';
  const author = options.author ?? {
    name: 'aios[bot]',
    email: 'aios-bot@users.noreply.github.com',
  };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  /** A branch of the remote fetched into its tracking ref: that ref, or undefined when absent. */
  async function fetched(branch: string): Promise<string | undefined> {
    const into = `refs/remotes/${remote}/${branch}`;
    return (await fetchBranch(repoDir, remote, branch, into)) === 'absent' ? undefined : into;
  }

  /** Commit and push the branch; idempotent, and safe against a concurrent run of the same task. */
  async function pushBranch(d: Delivery): Promise<{ commit: string; committed: boolean }> {
    for (let attempt = 1; ; attempt++) {
      const tracking = await fetched(d.branch);
      const existing = tracking && (await resolveCommit(repoDir, tracking));
      if (existing && (await commitHoldsFiles(repoDir, existing, d.files)))
        return { commit: existing, committed: false };
      // No branch yet: the default branch's tip as a revision fast-import resolves when it
      // starts (the commit the work builds on), without a rev-parse of its own.
      const base = existing ?? (await fetched(options.defaultBranch))?.concat('^0');
      if (!base)
        throw new GitError(`${remote} has no ${options.defaultBranch} branch to start from`);
      const commit = await commitFiles(repoDir, {
        ref: `refs/aios/deliver/${d.branch}`,
        parent: base,
        files: d.files,
        message: d.commitMessage,
        author,
        time: Math.floor(d.time.getTime() / 1000),
        force: true,
      });
      try {
        await pushCommit(repoDir, remote, commit, d.branch);
        return { commit, committed: true };
      } catch (error) {
        // Rejected: another run pushed first. Fetch and build on (or accept) its tip.
        if (attempt >= 4 || !(error instanceof PushRejectedError && error.retryable)) {
          throw new GitError(`cannot push ${d.branch}: ${String(error)}`, {
            cause: error,
            retryable: true,
          });
        }
        await sleep(100 * attempt);
      }
    }
  }

  return pushBranch;
}

/** A person's access to the repository, as the collaborator-permission API reports it. */
async function permissionOf({ octokit, owner, repo }: GitHub, login: string): Promise<Permission> {
  try {
    const { data } = await octokit.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: login,
    });
    const p =
      data.role_name && ['admin', 'maintain', 'write', 'triage', 'read'].includes(data.role_name)
        ? data.role_name
        : data.permission;
    return (
      ['admin', 'maintain', 'write', 'triage', 'read'].includes(p) ? p : 'none'
    ) as Permission;
  } catch (error) {
    if (statusOf(error) === 404) return 'none'; // not a user, or not a collaborator
    throw forgeError(`report ${login}'s permission`, error);
  }
}

/** An issue (or PR) as it stands now. */
async function issueSnapshot(
  { octokit, owner, repo }: GitHub,
  number: number,
): Promise<IssueSnapshot> {
  try {
    const { data } = await octokit.issues.get({ owner, repo, issue_number: number });
    return {
      number,
      title: data.title,
      body: data.body ?? '',
      labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
      author: data.user?.login ?? '',
      url: data.html_url,
      isPullRequest: Boolean(data.pull_request),
    };
  } catch (error) {
    throw forgeError(`read issue #${number}`, error);
  }
}

/** Adding and removing labels; a label already gone is fine. */
function issueLabels({
  octokit,
  owner,
  repo,
}: GitHub): Pick<RepoForge, 'addLabels' | 'removeLabel'> {
  return {
    async addLabels(number, labels) {
      try {
        await octokit.issues.addLabels({ owner, repo, issue_number: number, labels: [...labels] });
      } catch (error) {
        throw forgeError(`label #${number}`, error);
      }
    },
    async removeLabel(number, label) {
      try {
        await octokit.issues.removeLabel({ owner, repo, issue_number: number, name: label });
      } catch (error) {
        if (statusOf(error) !== 404) throw forgeError(`unlabel #${number}`, error); // already gone is fine
      }
    },
  };
}

/** One comment per marker on an issue: found again by its hidden marker and updated in place. */
function commentUpserter({ octokit, owner, repo, options }: GitHub): RepoForge['upsertComment'] {
  return async (number, name, body) => {
    const tag = writeCommentMarker(name);
    const text = `${tag}\n${boundText(body, BOUNDS.comment)}`;
    try {
      // The id AIOS recorded when it created the comment comes first; it still has to be on
      // this issue and AIOS's own (ids are never reused, but a recorded one may be deleted).
      const recorded = await options.recordedComment?.(number, name);
      if (recorded !== undefined) {
        const found = await octokit.issues
          .getComment({ owner, repo, comment_id: recorded })
          .then((r) => r.data)
          .catch((error: unknown) => {
            if (statusOf(error) === 404) return undefined;
            throw error;
          });
        if (
          found &&
          found.issue_url.endsWith(`/issues/${number}`) &&
          isOwnComment(found, tag, options.botLogin)
        ) {
          if (found.body !== text)
            await octokit.issues.updateComment({ owner, repo, comment_id: found.id, body: text });
          return { url: found.html_url, id: found.id };
        }
      }
      const comments = await octokit.paginate(octokit.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
      });
      const mine = comments.find((c) => isOwnComment(c, tag, options.botLogin));
      if (mine) {
        if (mine.body !== text)
          await octokit.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
        return { url: mine.html_url, id: mine.id };
      }
      const { data } = await octokit.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body: text,
      });
      return { url: data.html_url, id: data.id };
    } catch (error) {
      throw forgeError(`comment on #${number}`, error);
    }
  };
}

/** The open PR whose head is the branch, if any. */
/** The read-only PR records of one repository (for `aios ledger verify --forge`). */
export function githubPullRecords(gh: {
  readonly octokit: AiosOctokit;
  readonly owner: string;
  readonly repo: string;
}): PullRecords {
  return {
    pullRequestState: (number) => pullState(gh, number),
    pullReviews: (number) => pullReviews(gh, number),
  };
}

/** A PR's state, merged flag and head sha (GET /repos/{owner}/{repo}/pulls/{pull_number}). */
async function pullState(
  { octokit, owner, repo }: Pick<GitHub, 'octokit' | 'owner' | 'repo'>,
  number: number,
): Promise<PullRequestState> {
  try {
    const { data } = await octokit.pulls.get({ owner, repo, pull_number: number });
    return {
      number: data.number,
      state: data.state === 'closed' ? 'closed' : 'open',
      merged: data.merged === true || Boolean(data.merged_at),
      headSha: data.head.sha,
    };
  } catch (error) {
    throw forgeError(`read PR #${number}`, error);
  }
}

/** Every submitted review of a PR, all pages (GET …/pulls/{pull_number}/reviews). */
async function pullReviews(
  { octokit, owner, repo }: Pick<GitHub, 'octokit' | 'owner' | 'repo'>,
  number: number,
): Promise<PullReview[]> {
  try {
    const all = await octokit.paginate(octokit.pulls.listReviews, {
      owner,
      repo,
      pull_number: number,
      per_page: 100,
    });
    return all.map((r) => ({
      id: r.id,
      login: r.user?.login ?? '',
      state: r.state,
      commit: r.commit_id ?? undefined,
    }));
  } catch (error) {
    throw forgeError(`read the reviews of PR #${number}`, error);
  }
}

async function findPull(
  { octokit, owner, repo }: GitHub,
  branch: string,
): Promise<PullRequestInfo | undefined> {
  const { data } = await octokit.pulls.list({
    owner,
    repo,
    head: `${owner}:${branch}`,
    state: 'open',
    per_page: 10,
  });
  const pr = data[0];
  return pr
    ? {
        number: pr.number,
        url: pr.html_url,
        headRef: pr.head.ref,
        author: pr.user?.login ?? '',
        createdAt: pr.created_at,
        draft: pr.draft ?? false,
      }
    : undefined;
}

/** The PR AIOS opened shows the latest delivery: its title and body are rewritten in place. */
async function updatePull({ octokit, owner, repo }: GitHub, number: number, d: Delivery) {
  await octokit.pulls.update({
    owner,
    repo,
    pull_number: number,
    title: d.pr.title,
    body: d.pr.body,
  });
}

/**
 * The draft PR for the delivery: opened, or updated in place. Work on a person's own pull
 * request leaves its title and body theirs: AIOS reports in a comment on it instead (and the
 * signoff job finds the task by the PR's number).
 */
async function openOrUpdatePull(
  gh: GitHub,
  d: Delivery,
  upsertComment: RepoForge['upsertComment'],
): Promise<{ pr: PullRequestInfo; created: boolean }> {
  let pr = await findPull(gh, d.branch).catch((e: unknown) => {
    throw forgeError('list pull requests', e);
  });
  const onTheirPr =
    d.task.source.type === 'issue' &&
    d.task.source.isPullRequest &&
    pr?.number === d.task.source.number;
  try {
    if (pr && onTheirPr) {
      await upsertComment(pr.number, MARKERS.delivered, d.pr.body);
      return { pr, created: false };
    }
    if (pr) {
      await updatePull(gh, pr.number, d);
      return { pr, created: false };
    }
    try {
      const { data } = await gh.octokit.pulls.create({
        owner: gh.owner,
        repo: gh.repo,
        head: d.branch,
        base: gh.options.defaultBranch,
        title: d.pr.title,
        body: d.pr.body,
        draft: true,
      });
      pr = {
        number: data.number,
        url: data.html_url,
        headRef: d.branch,
        author: data.user?.login ?? '',
        createdAt: data.created_at,
        draft: true,
      };
      return { pr, created: true };
    } catch (error) {
      // A concurrent run opened it between our look and our create: use theirs.
      if (statusOf(error) !== 422) throw error;
      pr = await findPull(gh, d.branch);
      if (!pr) throw error;
      await updatePull(gh, pr.number, d);
      return { pr, created: false };
    }
  } catch (error) {
    // A repository setting that refuses the PR: say which one and where (forge/pull-refusal.ts).
    const refusal = pullRefusal(error, {
      owner: gh.owner,
      repo: gh.repo,
      then: `Then re-run the deliver job: ${d.branch} is already pushed, nothing is lost.`,
    });
    const wrapped = forgeError(`open the draft pull request for ${d.branch}`, error);
    if (!refusal) throw wrapped;
    throw new PullRefusedError(wrapped.message, wrapped.status, refusal, error);
  }
}

/**
 * When a repository setting refused the draft PR, the person who asked reads why and how to fix
 * it on the issue, in the comment the delivered PR's link later replaces (the same marker): the
 * job's log is not where they look. A comment that cannot be posted leaves the error as it was.
 */
async function tellRefusal(
  d: Delivery,
  error: unknown,
  upsertComment: RepoForge['upsertComment'],
): Promise<void> {
  if (d.task.source.type !== 'issue' || !(error instanceof PullRefusedError)) return;
  const said =
    error.refusal.setting === 'actions-may-not-open'
      ? 'may not open pull requests here'
      : 'cannot open a draft pull request here';
  try {
    await upsertComment(
      d.task.source.number,
      MARKERS.delivered,
      `AIOS finished the work and pushed it to \`${d.branch}\`, but GitHub says AIOS ${said}, so there is no draft PR yet.\n\nHow to fix: ${error.hint}`,
    );
  } catch {
    // The job's own error still says it all.
  }
}

/** Review requests to the plan's approvers, except the PR's author. */
async function requestReviews(
  { octokit, owner, repo }: GitHub,
  pr: PullRequestInfo,
  approvers: readonly string[],
): Promise<void> {
  const reviewers = approvers.filter((r) => r.toLowerCase() !== pr.author.toLowerCase());
  if (!reviewers.length) return;
  try {
    await octokit.pulls.requestReviewers({
      owner,
      repo,
      pull_number: pr.number,
      reviewers: [...reviewers],
    });
  } catch (error) {
    // A reviewer who is not a collaborator cannot be requested; the PR stands regardless.
    if (statusOf(error) !== 422) throw forgeError(`request review on #${pr.number}`, error);
  }
}

/** Findings that did not block, as one review of line comments. */
async function reviewComments(
  { octokit, owner, repo }: GitHub,
  pullNumber: number,
  commit: string,
  comments: readonly LineComment[],
): Promise<void> {
  if (comments.length === 0) return;
  try {
    await octokit.pulls.createReview({
      owner,
      repo,
      pull_number: pullNumber,
      commit_id: commit,
      event: 'COMMENT',
      body: 'Quality gate findings on earlier attempts (AIOS).',
      comments: comments.map((c) => ({
        path: c.path,
        line: c.line,
        side: 'RIGHT' as const,
        body: c.body,
      })),
    });
  } catch (error) {
    throw forgeError(`comment on lines of #${pullNumber}`, error);
  }
}
