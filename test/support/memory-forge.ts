import { ForgeError } from '../../src/core/errors.js';
import { sha256 } from '../../src/core/hash.js';
import { hasCommentMarker, writeCommentMarker } from '../../src/core/hidden-marker.js';
import type {
  Delivery,
  DeliveryResult,
  HumanQuestion,
  IssueSnapshot,
  LineComment,
  Permission,
  PullRequestInfo,
  RepoForge,
} from '../../src/forge/forge.js';

interface Commit {
  readonly id: string;
  readonly parent: string | undefined;
  readonly files: ReadonlyMap<string, string>;
  readonly message: string;
}

interface Pull extends PullRequestInfo {
  title: string;
  body: string;
  reviewers: string[];
  reviews: { commit: string; comments: LineComment[] }[];
  /** A closed PR stays (its files can still be listed) but is no branch's open PR. */
  state: 'open' | 'closed';
}

/**
 * The Forge port (and RepoForge, its GitHub-shaped extension) in memory, for unit tests of the
 * pipeline and the jobs. It keeps the port's contract (test/forge/forge.contract.test.ts runs
 * it beside the local and the GitHub forge): a delivery commits the files on the task branch
 * on top of what the branch held, makes no new commit when the branch already holds them, opens
 * one draft PR per branch and updates it in place; a question is kept and answered with a url.
 * Every call is kept in `calls`, so tests can say what reached the forge and in which order.
 */
export class MemoryForge implements RepoForge {
  readonly kind = 'github' as const;
  readonly branches = new Map<string, Commit>();
  readonly pulls = new Map<number, Pull>();
  readonly questions: HumanQuestion[] = [];
  /** Issue number → marker → comment body (marker line included, as posted). */
  readonly comments = new Map<number, Map<string, string>>();
  readonly labels = new Map<number, Set<string>>();
  readonly issues = new Map<number, IssueSnapshot>();
  readonly permissions = new Map<string, Permission>();
  readonly calls: string[] = [];
  /** Every commit made, by id: a branch's history is walked through its parents. */
  private readonly commits = new Map<string, Commit>();
  private nextNumber = 100;

  constructor(
    readonly owner = 'acme',
    readonly repo = 'site',
    /** The default branch's files: the base of every new task branch. */
    base: Record<string, string> = { 'README.md': '# Site\n' },
    private readonly needsHumanLabel = 'aios:needs-human',
  ) {
    this.branches.set(
      'main',
      this.keep(commitOf(undefined, new Map(Object.entries(base)), 'site')),
    );
  }

  /**
   * Move the default branch on by a commit of `files` on top of it, as a person's merge or push
   * to main would (a PR made earlier still lists only its own changes: the diff is three-dot).
   */
  advanceMain(files: Record<string, string>, message = 'main moves on'): string {
    const tip = this.branches.get('main');
    const merged = new Map(tip?.files);
    for (const [path, content] of Object.entries(files)) merged.set(path, content);
    const commit = this.keep(commitOf(tip?.id, merged, message));
    this.branches.set('main', commit);
    return commit.id;
  }

  private keep(commit: Commit): Commit {
    this.commits.set(commit.id, commit);
    return commit;
  }

  /** The commit and its ancestors, newest first. */
  private history(id: string | undefined): Commit[] {
    const out: Commit[] = [];
    for (
      let c = id ? this.commits.get(id) : undefined;
      c;
      c = c.parent ? this.commits.get(c.parent) : undefined
    )
      out.push(c);
    return out;
  }

  /** Seed an issue the intake job can read. */
  addIssue(issue: Omit<IssueSnapshot, 'url' | 'isPullRequest'> & Partial<IssueSnapshot>): void {
    this.issues.set(issue.number, {
      url: `https://github.test/${this.owner}/${this.repo}/issues/${issue.number}`,
      isPullRequest: false,
      ...issue,
    });
  }

  async permission(login: string): Promise<Permission> {
    this.calls.push(`permission ${login}`);
    return this.permissions.get(login.toLowerCase()) ?? 'none';
  }

  async issue(number: number): Promise<IssueSnapshot> {
    this.calls.push(`issue #${number}`);
    const found = this.issues.get(number);
    if (!found) throw new Error(`no issue #${number}`);
    return found;
  }

  async upsertComment(number: number, marker: string, body: string): Promise<{ url: string }> {
    this.calls.push(`comment #${number} ${marker}`);
    const onIssue = this.comments.get(number) ?? new Map<string, string>();
    this.comments.set(number, onIssue);
    onIssue.set(marker, `${writeCommentMarker(marker)}\n${body}`);
    return { url: `https://github.test/${this.owner}/${this.repo}/issues/${number}#${marker}` };
  }

  /** The comment with the marker on an issue, without the marker line. */
  comment(number: number, marker: string): string | undefined {
    const body = this.comments.get(number)?.get(marker);
    return body && hasCommentMarker(body, marker)
      ? body.slice(writeCommentMarker(marker).length + 1)
      : undefined;
  }

  async addLabels(number: number, labels: readonly string[]): Promise<void> {
    this.calls.push(`label #${number} ${labels.join(',')}`);
    const set = this.labels.get(number) ?? new Set<string>();
    for (const l of labels) set.add(l);
    this.labels.set(number, set);
  }

  async removeLabel(number: number, label: string): Promise<void> {
    this.calls.push(`unlabel #${number} ${label}`);
    this.labels.get(number)?.delete(label);
  }

  /**
   * Closed PRs leave the open list but stay, as on GitHub (`/aios stop` closes the task's
   * draft): their files can still be listed, and a new delivery on the branch opens a new PR.
   */
  async closePullRequest(number: number): Promise<void> {
    this.calls.push(`close PR #${number}`);
    const pull = this.pulls.get(number);
    if (!pull)
      throw new ForgeError(`GitHub refused to close PR #${number} (HTTP 404): Not Found`, 404, {
        retryable: false,
      });
    pull.state = 'closed';
  }

  /** The open PRs, as GitHub's list with `state: open` gives them. */
  get openPulls(): Pull[] {
    return [...this.pulls.values()].filter((p) => p.state === 'open');
  }

  /**
   * The paths the PR's branch adds or changes since it left main (removed paths are not
   * listed), as GitHub's `pulls/{n}/files` does: a three-dot diff against the merge base, so
   * main moving on later does not show up in the PR. An unknown PR is GitHub's 404.
   */
  async pullRequestFiles(number: number): Promise<string[]> {
    this.calls.push(`files #${number}`);
    const pull = this.pulls.get(number);
    const head = pull ? this.branches.get(pull.headRef) : undefined;
    if (!pull || !head)
      throw new ForgeError(
        `GitHub refused to list the files of PR #${number} (HTTP 404): Not Found`,
        404,
        { retryable: false },
      );
    const onHead = new Set(this.history(head.id).map((c) => c.id));
    const base = this.history(this.branches.get('main')?.id).find((c) => onHead.has(c.id));
    return [...head.files]
      .filter(([path, content]) => base?.files.get(path) !== content)
      .map(([path]) => path)
      .sort();
  }

  async pullRequestForBranch(branch: string): Promise<PullRequestInfo | undefined> {
    return this.openPulls.find((p) => p.headRef === branch);
  }

  async reviewComments(
    pullNumber: number,
    commit: string,
    comments: readonly LineComment[],
  ): Promise<void> {
    this.calls.push(`review #${pullNumber}`);
    if (comments.length === 0) return;
    const pr = this.pulls.get(pullNumber);
    if (!pr) throw new Error(`no pull request #${pullNumber}`);
    pr.reviews.push({ commit, comments: [...comments] });
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    this.calls.push(`deliver ${d.branch}`);
    const existing = this.branches.get(d.branch);
    const holds =
      existing !== undefined && d.files.every((f) => existing.files.get(f.path) === f.content);
    let commit = existing;
    if (!holds) {
      const parent = existing ?? this.branches.get('main');
      const files = new Map(parent?.files);
      for (const f of d.files) files.set(f.path, f.content);
      commit = this.keep(commitOf(parent?.id, files, d.commitMessage));
      this.branches.set(d.branch, commit);
    }
    if (!commit) throw new Error('unreachable: a delivery always leaves a commit');
    let pr = this.openPulls.find((p) => p.headRef === d.branch);
    const created = !pr;
    if (!pr) {
      const number = this.nextNumber++;
      pr = {
        number,
        url: `https://github.test/${this.owner}/${this.repo}/pull/${number}`,
        headRef: d.branch,
        author: 'aios[bot]',
        createdAt: d.time.toISOString(),
        draft: true,
        title: d.pr.title,
        body: d.pr.body,
        reviewers: [],
        reviews: [],
        state: 'open',
      };
      this.pulls.set(number, pr);
    }
    pr.title = d.pr.title;
    pr.body = d.pr.body;
    pr.reviewers = [...d.reviewers];
    return {
      branch: d.branch,
      commit: commit.id,
      committed: !holds,
      pr: { number: pr.number, url: pr.url, created },
    };
  }

  async ask(q: HumanQuestion): Promise<{ url: string }> {
    this.calls.push(`ask ${q.stage}`);
    this.questions.push(q);
    if (q.task.source.type === 'issue') {
      await this.addLabels(q.task.source.number, [this.needsHumanLabel]);
      return {
        url: `https://github.test/${this.owner}/${this.repo}/issues/${q.task.source.number}`,
      };
    }
    return { url: `memory:questions/${q.task.key}` };
  }

  /** The files of a branch's tip, or undefined when there is no such branch. */
  filesOn(branch: string): ReadonlyMap<string, string> | undefined {
    return this.branches.get(branch)?.files;
  }
}

function commitOf(
  parent: string | undefined,
  files: ReadonlyMap<string, string>,
  message: string,
): Commit {
  const id = sha256(
    `${parent ?? ''}\n${[...files].map(([p, c]) => `${p}\0${c}`).join('\0')}\n${message}`,
  ).slice(0, 40);
  return { id, parent, files, message };
}
