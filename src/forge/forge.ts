import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { WorkFile } from '../gates/gate.js';

/** Everything needed to put finished work in front of a human. */
export interface Delivery {
  readonly task: Task;
  readonly plan: Plan;
  /** `aios/issue-12` on GitHub, `aios/<task-key>` locally. */
  readonly branch: string;
  readonly files: readonly WorkFile[];
  readonly commitMessage: string;
  readonly pr: { readonly title: string; readonly body: string };
  /** Reviewers to request (the approvers the rule names). */
  readonly reviewers: readonly string[];
  readonly time: Date;
}

export interface DeliveryResult {
  readonly branch: string;
  readonly commit: string;
  /** True when this run made a new commit; false when the branch already held this work. */
  readonly committed: boolean;
  readonly pr: {
    readonly number?: number | undefined;
    readonly url: string;
    readonly created: boolean;
  };
  /** The comment AIOS posted or updated on the task's issue for this delivery (recorded in the ledger, preferred next time). */
  readonly comment?: { readonly issue: number; readonly id: number } | undefined;
}

export interface HumanQuestion {
  readonly task: Task;
  readonly stage: 'plan' | 'work' | 'gate';
  readonly reason: string;
  readonly questions: readonly string[];
}

/**
 * The forge port: where work arrives from and where results go back. GitHub implements it
 * with branches, draft PRs, comments and labels; the local forge with a branch in a local
 * repository and the draft PR written as a file.
 */
export interface Forge {
  readonly kind: 'local' | 'github';
  /** Commit the files to the task branch and open or update its draft PR. Idempotent. */
  deliver(delivery: Delivery): Promise<DeliveryResult>;
  /** Stop and ask a person (a comment plus the needs-human label on GitHub). */
  ask(question: HumanQuestion): Promise<{ url: string }>;
}

/** A person's access to a repository, as GitHub's collaborator-permission API reports it. */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** An issue (or pull request) as the forge holds it now. */
export interface IssueSnapshot {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly author: string;
  readonly url: string;
  readonly isPullRequest: boolean;
}

export interface PullRequestInfo {
  readonly number: number;
  readonly url: string;
  readonly headRef: string;
  readonly author: string;
  readonly createdAt: string;
  readonly draft: boolean;
}

/** A finding on a line of a changed file, posted as a review comment. */
export interface LineComment {
  readonly path: string;
  readonly line: number;
  readonly body: string;
}

/**
 * The forge as the GitHub path needs it: permissions, issues, comments, labels and reviews on
 * top of delivery. The pipeline's jobs depend on this port, never on Octokit.
 */
export interface RepoForge extends Forge {
  readonly owner: string;
  readonly repo: string;
  permission(login: string): Promise<Permission>;
  issue(number: number): Promise<IssueSnapshot>;
  /** Create or update the one comment of this kind (found by a hidden marker): re-runs never duplicate. */
  upsertComment(
    number: number,
    marker: string,
    body: string,
  ): Promise<{ url: string; id?: number | undefined }>;
  addLabels(number: number, labels: readonly string[]): Promise<void>;
  removeLabel(number: number, label: string): Promise<void>;
  pullRequestForBranch(branch: string): Promise<PullRequestInfo | undefined>;
  /**
   * The paths a pull request changes on its branch (added, modified, renamed to; not removed),
   * as the forge lists them: a candidate class when AIOS works on the PR (context/). GitHub
   * lists at most 3,000 files of a pull request ("List pull requests files"): a bigger PR gives
   * its first 3,000. An unknown PR is a ForgeError (404), never an empty list.
   */
  pullRequestFiles(number: number): Promise<string[]>;
  /** Close a pull request without merging (AIOS's own draft, when a person stops the task). */
  closePullRequest(number: number): Promise<void>;
  /**
   * Open a revert of delivered commits as a draft PR (`/aios revert`): one commit undoing them on
   * the default branch's tip, pushed to a new branch (never forced). Optional: a forge that
   * cannot (the local forge: `aios revert` does it itself) leaves it out.
   * @throws GitError when the commits no longer revert cleanly or the branch exists; ForgeError
   */
  openRevert?(proposal: RevertProposal): Promise<{ number: number; url: string; commit: string }>;
  /** Post findings on lines of the PR's diff as one review (comments only, never an approval). */
  reviewComments(
    pullNumber: number,
    commit: string,
    comments: readonly LineComment[],
  ): Promise<void>;
}

/** What a revert PR is made of (RepoForge.openRevert). */
export interface RevertProposal {
  /** The delivered commits, newest first, and the branch they can be fetched from. */
  readonly commits: readonly string[];
  readonly from: string;
  /** The new branch the revert goes on. */
  readonly branch: string;
  readonly message: string;
  readonly title: string;
  readonly body: string;
  readonly time: Date;
}

/** A pull request's state on the forge, as `aios ledger verify --forge` compares it. */
export interface PullRequestState {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
  /** The sha the PR's head points at now (the last seen one once its branch is gone). */
  readonly headSha: string;
}

/** A submitted review of a pull request. */
export interface PullReview {
  readonly id: number;
  readonly login: string;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED`. */
  readonly state: string;
  readonly commit: string | undefined;
}

/**
 * What the forge records about pull requests, read to cross-check the ledger's sign-offs,
 * outcomes and deliveries against it (ledger/verify-forge.ts). Read-only.
 */
export interface PullRecords {
  pullRequestState(number: number): Promise<PullRequestState>;
  pullReviews(number: number): Promise<PullReview[]>;
}
