import { ForgeError } from '../core/errors.js';
import { statusOf } from './http-status.js';

/**
 * The two refusals of "Create a pull request" that no retry and no job permission can fix: they
 * are repository settings a person has to change. Named here so the forge's error says which
 * setting and where, instead of the generic "check the job permissions".
 */

/** How to fix a refused pull request, when the refusal is one of the known settings. */
export interface PullRefusal {
  /** Which setting refused it: the workflow token may not open PRs, or drafts are unavailable. */
  readonly setting: 'actions-may-not-open' | 'no-drafts';
  readonly hint: string;
}

/**
 * A pull request a repository setting refused: not retryable, with the fix as its hint. The
 * refusal travels with the error, so a caller that tells the person (the issue comment) reads
 * which setting it was instead of classifying the error again.
 */
export class PullRefusedError extends ForgeError {
  constructor(
    message: string,
    status: number | undefined,
    readonly refusal: PullRefusal,
    cause: unknown,
  ) {
    super(message, status, { cause, retryable: false, hint: refusal.hint });
  }
}

/** The message GitHub answers with, from an Octokit RequestError (its body's `message`). */
function messageOf(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const data = (error as { response?: { data?: unknown } }).response?.data;
  const fromBody =
    data && typeof data === 'object' ? (data as { message?: unknown }).message : undefined;
  if (typeof fromBody === 'string') return fromBody;
  return error instanceof Error ? error.message : '';
}

/**
 * The fix for GitHub's refusal to open a pull request, or undefined for any other error.
 *
 * - 403 "GitHub Actions is not permitted to create or approve pull requests.": the workflow's
 *   GITHUB_TOKEN may not open pull requests until the repository (and its organisation, when it
 *   has one: the stricter setting wins) allows it (GitHub changelog 2022-05-03; docs "Managing
 *   GitHub Actions settings for a repository", Workflow permissions).
 * - 422 "Draft pull requests are not supported in this repository.": drafts on a private
 *   repository need GitHub Team or Enterprise Cloud (REST docs, "Create a pull request"). AIOS
 *   does not fall back to a ready-for-review PR: the draft is what keeps unreviewed work from
 *   being merged.
 */
export function pullRefusal(
  error: unknown,
  where: {
    readonly owner: string;
    readonly repo: string;
    /** What to do once the setting is fixed (e.g. "Re-run the deliver job: …"). */
    readonly then: string;
  },
): PullRefusal | undefined {
  const status = statusOf(error);
  const message = messageOf(error);
  const { owner, repo, then } = where;
  if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
    return {
      setting: 'actions-may-not-open',
      hint:
        `Let GitHub Actions open pull requests: in https://github.com/${owner}/${repo}/settings/actions ` +
        `(Settings → Actions → General → Workflow permissions) tick "Allow GitHub Actions to create and approve pull requests" and save ` +
        `(in an organisation, allow it in the organisation's Actions settings first: the stricter one wins), ` +
        `or give the action a GitHub App token as its github-token input. ${then}`,
    };
  }
  if (status === 422 && /draft pull requests are not supported/i.test(message)) {
    return {
      setting: 'no-drafts',
      hint:
        `GitHub offers draft pull requests on a private repository only with GitHub Team or GitHub Enterprise Cloud, ` +
        `and AIOS delivers only as a draft (so unreviewed work cannot be merged): move the owner of ${owner}/${repo} to one of those plans, ` +
        `or make the repository public. ${then}`,
    };
  }
  return undefined;
}
