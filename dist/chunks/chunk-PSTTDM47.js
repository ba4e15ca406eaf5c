import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  revertCommits
} from "./chunk-LVUGKCVX.js";
import {
  statusOf
} from "./chunk-YR6EM3JT.js";
import {
  writeCommentMarker
} from "./chunk-YDI6AOID.js";
import {
  commitHoldsFiles
} from "./chunk-JRGQ7BIS.js";
import {
  PushRejectedError,
  fetchBranch,
  pushCommit
} from "./chunk-7CYNIJV5.js";
import {
  neutralizeForGitHub
} from "./chunk-E4NN37I7.js";
import {
  BOUNDS,
  boundText
} from "./chunk-7DYZ5OKU.js";
import {
  commitFiles
} from "./chunk-TOOXQAFB.js";
import {
  resolveCommit
} from "./chunk-OMXXCWD7.js";
import {
  ForgeError,
  GitError
} from "./chunk-BXJ33WYV.js";

// src/forge/own-comment.ts
var JOB_TOKEN_LOGIN = "github-actions[bot]";
function isOwnComment(comment, tag, botLogin = JOB_TOKEN_LOGIN) {
  return (comment.body ?? "").startsWith(tag) && comment.user?.type === "Bot" && comment.user.login.toLowerCase() === botLogin.toLowerCase();
}

// src/forge/pull-refusal.ts
var PullRefusedError = class extends ForgeError {
  constructor(message, status, refusal, cause) {
    super(message, status, { cause, retryable: false, hint: refusal.hint });
    this.refusal = refusal;
  }
  refusal;
};
function messageOf(error) {
  if (!error || typeof error !== "object") return "";
  const data = error.response?.data;
  const fromBody = data && typeof data === "object" ? data.message : void 0;
  if (typeof fromBody === "string") return fromBody;
  return error instanceof Error ? error.message : "";
}
function pullRefusal(error, where) {
  const status = statusOf(error);
  const message = messageOf(error);
  const { owner, repo, then } = where;
  if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
    return {
      setting: "actions-may-not-open",
      hint: `Let GitHub Actions open pull requests: in https://github.com/${owner}/${repo}/settings/actions (Settings \u2192 Actions \u2192 General \u2192 Workflow permissions) tick "Allow GitHub Actions to create and approve pull requests" and save (in an organisation, allow it in the organisation's Actions settings first: the stricter one wins), or give the action a GitHub App token as its github-token input. ${then}`
    };
  }
  if (status === 422 && /draft pull requests are not supported/i.test(message)) {
    return {
      setting: "no-drafts",
      hint: `GitHub offers draft pull requests on a private repository only with GitHub Team or GitHub Enterprise Cloud, and AIOS delivers only as a draft (so unreviewed work cannot be merged): move the owner of ${owner}/${repo} to one of those plans, or make the repository public. ${then}`
    };
  }
  return void 0;
}

// src/forge/github-revert.ts
async function openRevertOnGitHub(options, p) {
  const { repoDir, defaultBranch, octokit, owner, repo } = options;
  const remote = options.remote ?? "origin";
  const tipRef = `refs/remotes/${remote}/${defaultBranch}`;
  if (await fetchBranch(repoDir, remote, defaultBranch, tipRef) === "absent")
    throw new GitError(`${remote} has no ${defaultBranch} branch to revert on`);
  const onto = await resolveCommit(repoDir, tipRef);
  if (!onto) throw new GitError(`cannot read ${defaultBranch} from ${remote}`);
  if (await fetchBranch(repoDir, remote, p.branch, `refs/aios/revert-check/${p.branch}`) !== "absent")
    throw new GitError(`the branch ${p.branch} already exists on ${remote}`, {
      hint: `Close its pull request and delete the branch to open the revert again.`
    });
  await fetchBranch(repoDir, remote, p.from, `refs/aios/revert-from/${p.from}`);
  const author = options.author ?? {
    name: "aios[bot]",
    email: "aios-bot@users.noreply.github.com"
  };
  const commit = await revertCommits(repoDir, {
    commits: p.commits,
    onto,
    branch: p.branch,
    message: p.message,
    author,
    time: Math.floor(p.time.getTime() / 1e3)
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
      draft: true
    });
    return { number: data.number, url: data.html_url, commit };
  } catch (error) {
    const refusal = pullRefusal(error, {
      owner,
      repo,
      then: `Then delete the branch ${p.branch} (the revert is pushed there) and ask for the revert again.`
    });
    const message = `open the revert pull request for ${p.branch}: ${String(error)}`;
    if (refusal) throw new PullRefusedError(message, statusOf(error), refusal, error);
    throw new ForgeError(message, statusOf(error), { cause: error });
  }
}

// src/forge/github-forge.ts
var MARKERS = { delivered: "aios:delivered", ask: "aios:ask" };
function forgeError(what, error) {
  const status = statusOf(error);
  return new ForgeError(
    `GitHub refused to ${what}${status ? ` (HTTP ${status})` : ""}: ${error instanceof Error ? error.message : String(error)}`,
    status,
    {
      cause: error,
      retryable: status === void 0 || status >= 500 || status === 429,
      hint: status === 403 || status === 404 ? "Check the job permissions (contents, pull-requests, issues: write) and the token." : void 0
    }
  );
}
function createGitHubForge(options) {
  const gh = {
    octokit: options.octokit,
    owner: options.owner,
    repo: options.repo,
    options
  };
  const pushBranch = branchPusher(options);
  const upsertComment = commentUpserter(gh);
  const labels = issueLabels(gh);
  const forge = {
    kind: "github",
    pullRequestState: (number) => pullState(gh, number),
    pullReviews: (number) => pullReviews(gh, number),
    owner: gh.owner,
    repo: gh.repo,
    permission: (login) => permissionOf(gh, login),
    issue: (number) => issueSnapshot(gh, number),
    upsertComment,
    ...labels,
    pullRequestForBranch: (branch) => findPull(gh, branch),
    async pullRequestFiles(number) {
      try {
        const files = await gh.octokit.paginate(gh.octokit.pulls.listFiles, {
          owner: gh.owner,
          repo: gh.repo,
          pull_number: number,
          per_page: 100
        });
        return files.filter((f) => f.status !== "removed").map((f) => f.filename);
      } catch (error) {
        throw forgeError(`list the files of PR #${number}`, error);
      }
    },
    async closePullRequest(number) {
      try {
        await gh.octokit.pulls.update({
          owner: gh.owner,
          repo: gh.repo,
          pull_number: number,
          state: "closed"
        });
      } catch (error) {
        throw forgeError(`close PR #${number}`, error);
      }
    },
    reviewComments: (pullNumber, commit, comments) => reviewComments(gh, pullNumber, commit, comments),
    // `/aios revert`: a revert of delivered commits as a draft PR (github-revert.ts).
    openRevert: (proposal) => openRevertOnGitHub(options, proposal),
    async deliver(d) {
      const { commit, committed } = await pushBranch(d);
      const { pr, created } = await openOrUpdatePull(gh, d, upsertComment).catch(
        async (error) => {
          await tellRefusal(d, error, upsertComment);
          throw error;
        }
      );
      await requestReviews(gh, pr, d.reviewers);
      let comment;
      if (d.task.source.type === "issue" && d.task.source.number !== pr.number) {
        const posted = await upsertComment(
          d.task.source.number,
          MARKERS.delivered,
          `AIOS opened draft PR #${pr.number} for this issue. It needs a human review; approving it is the sign-off.`
        );
        if (posted.id !== void 0) comment = { issue: d.task.source.number, id: posted.id };
        await labels.removeLabel(d.task.source.number, options.needsHumanLabel);
      }
      return {
        branch: d.branch,
        commit,
        committed,
        pr: { number: pr.number, url: pr.url, created },
        ...comment ? { comment } : {}
      };
    },
    async ask(q) {
      if (q.task.source.type !== "issue")
        throw new ForgeError("the GitHub forge can only ask on issues", void 0);
      const result = await upsertComment(q.task.source.number, MARKERS.ask, askBody(q));
      await labels.addLabels(q.task.source.number, [options.needsHumanLabel]);
      return result;
    }
  };
  return forge;
}
function askBody(q) {
  return [
    `**AIOS needs a human** (${q.stage}): ${neutralizeForGitHub(q.reason)}`,
    "",
    ...q.questions.slice(0, 20).map((x) => `- ${neutralizeForGitHub(x, void 0, BOUNDS.question)}`),
    "",
    "Answer with `/aios answer <text>`, or route it with `/aios route <persona>`."
  ].join("\n");
}
function branchPusher(options) {
  const { repoDir } = options;
  const remote = options.remote ?? "origin";
  const author = options.author ?? {
    name: "aios[bot]",
    email: "aios-bot@users.noreply.github.com"
  };
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  async function fetched(branch) {
    const into = `refs/remotes/${remote}/${branch}`;
    return await fetchBranch(repoDir, remote, branch, into) === "absent" ? void 0 : into;
  }
  async function pushBranch(d) {
    for (let attempt = 1; ; attempt++) {
      const tracking = await fetched(d.branch);
      const existing = tracking && await resolveCommit(repoDir, tracking);
      if (existing && await commitHoldsFiles(repoDir, existing, d.files))
        return { commit: existing, committed: false };
      const base = existing ?? (await fetched(options.defaultBranch))?.concat("^0");
      if (!base)
        throw new GitError(`${remote} has no ${options.defaultBranch} branch to start from`);
      const commit = await commitFiles(repoDir, {
        ref: `refs/aios/deliver/${d.branch}`,
        parent: base,
        files: d.files,
        message: d.commitMessage,
        author,
        time: Math.floor(d.time.getTime() / 1e3),
        force: true
      });
      try {
        await pushCommit(repoDir, remote, commit, d.branch);
        return { commit, committed: true };
      } catch (error) {
        if (attempt >= 4 || !(error instanceof PushRejectedError && error.retryable)) {
          throw new GitError(`cannot push ${d.branch}: ${String(error)}`, {
            cause: error,
            retryable: true
          });
        }
        await sleep(100 * attempt);
      }
    }
  }
  return pushBranch;
}
async function permissionOf({ octokit, owner, repo }, login) {
  try {
    const { data } = await octokit.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: login
    });
    const p = data.role_name && ["admin", "maintain", "write", "triage", "read"].includes(data.role_name) ? data.role_name : data.permission;
    return ["admin", "maintain", "write", "triage", "read"].includes(p) ? p : "none";
  } catch (error) {
    if (statusOf(error) === 404) return "none";
    throw forgeError(`report ${login}'s permission`, error);
  }
}
async function issueSnapshot({ octokit, owner, repo }, number) {
  try {
    const { data } = await octokit.issues.get({ owner, repo, issue_number: number });
    return {
      number,
      title: data.title,
      body: data.body ?? "",
      labels: data.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
      author: data.user?.login ?? "",
      url: data.html_url,
      isPullRequest: Boolean(data.pull_request)
    };
  } catch (error) {
    throw forgeError(`read issue #${number}`, error);
  }
}
function issueLabels({
  octokit,
  owner,
  repo
}) {
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
        if (statusOf(error) !== 404) throw forgeError(`unlabel #${number}`, error);
      }
    }
  };
}
function commentUpserter({ octokit, owner, repo, options }) {
  return async (number, name, body) => {
    const tag = writeCommentMarker(name);
    const text = `${tag}
${boundText(body, BOUNDS.comment)}`;
    try {
      const recorded = await options.recordedComment?.(number, name);
      if (recorded !== void 0) {
        const found = await octokit.issues.getComment({ owner, repo, comment_id: recorded }).then((r) => r.data).catch((error) => {
          if (statusOf(error) === 404) return void 0;
          throw error;
        });
        if (found && found.issue_url.endsWith(`/issues/${number}`) && isOwnComment(found, tag, options.botLogin)) {
          if (found.body !== text)
            await octokit.issues.updateComment({ owner, repo, comment_id: found.id, body: text });
          return { url: found.html_url, id: found.id };
        }
      }
      const comments = await octokit.paginate(octokit.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100
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
        body: text
      });
      return { url: data.html_url, id: data.id };
    } catch (error) {
      throw forgeError(`comment on #${number}`, error);
    }
  };
}
function githubPullRecords(gh) {
  return {
    pullRequestState: (number) => pullState(gh, number),
    pullReviews: (number) => pullReviews(gh, number)
  };
}
async function pullState({ octokit, owner, repo }, number) {
  try {
    const { data } = await octokit.pulls.get({ owner, repo, pull_number: number });
    return {
      number: data.number,
      state: data.state === "closed" ? "closed" : "open",
      merged: data.merged === true || Boolean(data.merged_at),
      headSha: data.head.sha
    };
  } catch (error) {
    throw forgeError(`read PR #${number}`, error);
  }
}
async function pullReviews({ octokit, owner, repo }, number) {
  try {
    const all = await octokit.paginate(octokit.pulls.listReviews, {
      owner,
      repo,
      pull_number: number,
      per_page: 100
    });
    return all.map((r) => ({
      id: r.id,
      login: r.user?.login ?? "",
      state: r.state,
      commit: r.commit_id ?? void 0
    }));
  } catch (error) {
    throw forgeError(`read the reviews of PR #${number}`, error);
  }
}
async function findPull({ octokit, owner, repo }, branch) {
  const { data } = await octokit.pulls.list({
    owner,
    repo,
    head: `${owner}:${branch}`,
    state: "open",
    per_page: 10
  });
  const pr = data[0];
  return pr ? {
    number: pr.number,
    url: pr.html_url,
    headRef: pr.head.ref,
    author: pr.user?.login ?? "",
    createdAt: pr.created_at,
    draft: pr.draft ?? false
  } : void 0;
}
async function updatePull({ octokit, owner, repo }, number, d) {
  await octokit.pulls.update({
    owner,
    repo,
    pull_number: number,
    title: d.pr.title,
    body: d.pr.body
  });
}
async function openOrUpdatePull(gh, d, upsertComment) {
  let pr = await findPull(gh, d.branch).catch((e) => {
    throw forgeError("list pull requests", e);
  });
  const onTheirPr = d.task.source.type === "issue" && d.task.source.isPullRequest && pr?.number === d.task.source.number;
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
        draft: true
      });
      pr = {
        number: data.number,
        url: data.html_url,
        headRef: d.branch,
        author: data.user?.login ?? "",
        createdAt: data.created_at,
        draft: true
      };
      return { pr, created: true };
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
      pr = await findPull(gh, d.branch);
      if (!pr) throw error;
      await updatePull(gh, pr.number, d);
      return { pr, created: false };
    }
  } catch (error) {
    const refusal = pullRefusal(error, {
      owner: gh.owner,
      repo: gh.repo,
      then: `Then re-run the deliver job: ${d.branch} is already pushed, nothing is lost.`
    });
    const wrapped = forgeError(`open the draft pull request for ${d.branch}`, error);
    if (!refusal) throw wrapped;
    throw new PullRefusedError(wrapped.message, wrapped.status, refusal, error);
  }
}
async function tellRefusal(d, error, upsertComment) {
  if (d.task.source.type !== "issue" || !(error instanceof PullRefusedError)) return;
  const said = error.refusal.setting === "actions-may-not-open" ? "may not open pull requests here" : "cannot open a draft pull request here";
  try {
    await upsertComment(
      d.task.source.number,
      MARKERS.delivered,
      `AIOS finished the work and pushed it to \`${d.branch}\`, but GitHub says AIOS ${said}, so there is no draft PR yet.

How to fix: ${error.hint}`
    );
  } catch {
  }
}
async function requestReviews({ octokit, owner, repo }, pr, approvers) {
  const reviewers = approvers.filter((r) => r.toLowerCase() !== pr.author.toLowerCase());
  if (!reviewers.length) return;
  try {
    await octokit.pulls.requestReviewers({
      owner,
      repo,
      pull_number: pr.number,
      reviewers: [...reviewers]
    });
  } catch (error) {
    if (statusOf(error) !== 422) throw forgeError(`request review on #${pr.number}`, error);
  }
}
async function reviewComments({ octokit, owner, repo }, pullNumber, commit, comments) {
  if (comments.length === 0) return;
  try {
    await octokit.pulls.createReview({
      owner,
      repo,
      pull_number: pullNumber,
      commit_id: commit,
      event: "COMMENT",
      body: "Quality gate findings on earlier attempts (AIOS).",
      comments: comments.map((c) => ({
        path: c.path,
        line: c.line,
        side: "RIGHT",
        body: c.body
      }))
    });
  } catch (error) {
    throw forgeError(`comment on lines of #${pullNumber}`, error);
  }
}

export {
  createGitHubForge,
  githubPullRecords
};
