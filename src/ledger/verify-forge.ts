/**
 * The ledger against the forge (`aios ledger verify --forge`): what the ledger says people did
 * on GitHub, checked against what GitHub records. Every `signoff` names a real review by that
 * login on that PR (an approving one when the entry says approved); every `outcome` matches the
 * PR's state (merged → accepted, closed unmerged → rejected); every delivered commit is the
 * PR's head or an ancestor of it. A sign-off or an outcome typed into the ledger by hand, with
 * a correct chain, passes every other check and fails here.
 */
import type { LedgerEntry } from '../core/ledger-entry.js';
import type { PullRecords, PullRequestState, PullReview } from '../forge/forge.js';
import { descends, resolveCommit } from '../git/refs.js';

/** The repository the forge checks stand for, and how to read it. */
export interface ForgeCheck {
  readonly owner: string;
  readonly repo: string;
  readonly records: PullRecords;
  /** PRs read at once (each PR is read once, its reviews once). */
  readonly concurrency?: number;
}

/** One mismatch between the ledger and the forge. */
export interface ForgeMismatch {
  readonly path: string;
  readonly message: string;
}

interface Fact {
  readonly path: string;
  readonly pr: number;
  readonly entry: Extract<LedgerEntry, { event: 'delivered' | 'signoff' | 'outcome' }>;
}

/**
 * Collects, while verify reads the ledger, the entries the forge can confirm: only those, and
 * only their PR number and path, so memory grows with the people-events, not the ledger.
 */
export class ForgeFacts {
  readonly facts: Fact[] = [];
  readonly foreign: ForgeMismatch[] = [];
  /** Entries of tasks delivered without a PR on this forge (local runs): nothing to check. */
  skipped = 0;

  constructor(private readonly check: Pick<ForgeCheck, 'owner' | 'repo'>) {}

  add(path: string, e: LedgerEntry): void {
    if (e.event === 'delivered') {
      const n = e.data.pr.number;
      if (n === undefined) this.skipped++;
      else this.facts.push({ path, pr: n, entry: e });
    } else if (e.event === 'signoff' || e.event === 'outcome') {
      const n = this.prNumber(path, e.data.pr);
      if (n !== undefined) this.facts.push({ path, pr: n, entry: e });
    }
  }

  /**
   * `owner/repo#12` (or the PR's URL) of this repository; a local PR file is skipped, another
   * repository named.
   */
  private prNumber(path: string, ref: string): number | undefined {
    const m =
      /^([^/\s]+)\/([^#\s/]+)#(\d+)$/.exec(ref) ??
      /^https?:\/\/[^/]+\/([^/\s]+)\/([^/\s]+)\/pull\/(\d+)$/.exec(ref);
    if (!m) {
      this.skipped++;
      return undefined;
    }
    if (
      m[1]?.toLowerCase() !== this.check.owner.toLowerCase() ||
      m[2]?.toLowerCase() !== this.check.repo.toLowerCase()
    ) {
      this.foreign.push({
        path,
        message: `names PR ${ref}, which is not of ${this.check.owner}/${this.check.repo}: verify it against that repository`,
      });
      return undefined;
    }
    return Number(m[3]);
  }
}

/** Run `fn` over `items`, `n` at a time. */
async function pool<T>(items: readonly T[], n: number, fn: (t: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await fn(item);
      }
    }),
  );
}

/** The approval states a sign-off can stand on: approved, or approved and later dismissed. */
const APPROVING = new Set(['APPROVED', 'DISMISSED']);

function checkSignoff(
  e: Extract<LedgerEntry, { event: 'signoff' }>,
  pr: number,
  reviews: readonly PullReview[],
): string | undefined {
  const login = e.data.login.toLowerCase();
  const byLogin = reviews.filter((r) => r.login.toLowerCase() === login);
  const review =
    e.data.reviewId !== undefined
      ? reviews.find((r) => r.id === e.data.reviewId)
      : byLogin.find((r) => (e.data.approved ? APPROVING.has(r.state) : true));
  if (!review)
    return e.data.reviewId !== undefined
      ? `signoff by ${e.data.login} names review ${e.data.reviewId}, which PR #${pr} does not have: the forge knows of no such review`
      : `signoff by ${e.data.login}: PR #${pr} has no ${e.data.approved ? 'approving ' : ''}review by ${e.data.login}: the forge knows of no such sign-off`;
  if (review.login.toLowerCase() !== login)
    return `signoff by ${e.data.login} names review ${review.id}, which is by ${review.login} on PR #${pr}`;
  if (e.data.approved && !APPROVING.has(review.state))
    return `signoff by ${e.data.login} says approved, but review ${review.id} on PR #${pr} is ${review.state}`;
  if (e.data.commit && review.commit && e.data.commit !== review.commit)
    return `signoff by ${e.data.login} names commit ${e.data.commit.slice(0, 12)}, but review ${review.id} on PR #${pr} was given on ${review.commit.slice(0, 12)}`;
  return undefined;
}

function checkOutcome(
  e: Extract<LedgerEntry, { event: 'outcome' }>,
  pr: number,
  state: PullRequestState,
): string | undefined {
  const actual = state.merged ? 'accepted' : state.state === 'closed' ? 'rejected' : 'open';
  if (actual === e.data.outcome) return undefined;
  return `outcome says ${e.data.outcome}, but PR #${pr} is ${state.merged ? 'merged' : state.state === 'closed' ? 'closed without merging' : 'still open'} on the forge`;
}

async function checkDelivered(
  repoDir: string,
  e: Extract<LedgerEntry, { event: 'delivered' }>,
  pr: number,
  state: PullRequestState,
): Promise<string | undefined> {
  const commit = e.data.commit;
  if (commit === state.headSha) return undefined;
  if (!(await resolveCommit(repoDir, state.headSha)))
    return `cannot place delivered commit ${commit.slice(0, 12)}: PR #${pr}'s head ${state.headSha.slice(0, 12)} is not in this repository (git fetch origin 'refs/heads/aios/*:refs/remotes/origin/aios/*')`;
  const d = await descends(repoDir, commit, state.headSha);
  if (d === 'yes') return undefined;
  return d === 'missing'
    ? `delivered commit ${commit.slice(0, 12)} is not in this repository, so it is not on PR #${pr} (head ${state.headSha.slice(0, 12)})`
    : `delivered commit ${commit.slice(0, 12)} is neither PR #${pr}'s head ${state.headSha.slice(0, 12)} nor an ancestor of it`;
}

/**
 * Cross-check the collected entries against the forge. Each PR's state is read once, and its
 * reviews once when a sign-off names it.
 */
export async function crossCheckForge(
  repoDir: string,
  check: ForgeCheck,
  facts: ForgeFacts,
): Promise<ForgeMismatch[]> {
  const byPr = new Map<number, Fact[]>();
  for (const f of facts.facts) byPr.set(f.pr, [...(byPr.get(f.pr) ?? []), f]);
  const out: ForgeMismatch[] = [...facts.foreign];
  await pool([...byPr.keys()], check.concurrency ?? 8, async (pr) => {
    const list = byPr.get(pr) ?? [];
    let state: PullRequestState;
    try {
      state = await check.records.pullRequestState(pr);
    } catch (error) {
      for (const f of list)
        out.push({
          path: f.path,
          message: `PR #${pr} cannot be read on ${check.owner}/${check.repo}: ${error instanceof Error ? error.message : String(error)}`,
        });
      return;
    }
    const reviews = list.some((f) => f.entry.event === 'signoff')
      ? await check.records.pullReviews(pr)
      : [];
    for (const f of list) {
      const e = f.entry;
      const message =
        e.event === 'signoff'
          ? checkSignoff(e, pr, reviews)
          : e.event === 'outcome'
            ? checkOutcome(e, pr, state)
            : await checkDelivered(repoDir, e, pr, state);
      if (message) out.push({ path: f.path, message });
    }
  });
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
