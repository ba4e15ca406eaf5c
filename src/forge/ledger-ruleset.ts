import { ForgeError } from '../core/errors.js';
import type { AiosOctokit } from './octokit.js';
import { statusOf } from './http-status.js';

/** The name of the ruleset `aios init` creates; found again by name, so init can be re-run. */
export const LEDGER_RULESET_NAME = 'AIOS ledger: append only';

/**
 * The ruleset that keeps the ledger branch append-only on GitHub: no force-push (a rewrite) and
 * no deletion. Appends (fast-forward pushes) stay allowed. Body of POST /repos/{owner}/{repo}/rulesets.
 */
export function ledgerRuleset(branch: string) {
  return {
    name: LEDGER_RULESET_NAME,
    target: 'branch' as const,
    enforcement: 'active' as const,
    conditions: { ref_name: { include: [`refs/heads/${branch}`], exclude: [] } },
    rules: [{ type: 'non_fast_forward' as const }, { type: 'deletion' as const }],
  };
}

export type LedgerProtection =
  | { readonly status: 'created' | 'exists'; readonly id: number; readonly url: string }
  /** The token may not manage rulesets (it needs admin: "Administration" write). */
  | {
      readonly status: 'not-allowed';
      readonly httpStatus: number | undefined;
      readonly how: string;
    };

/** How to set the protection up by hand, for a token that may not. */
export function protectionHowTo(owner: string, repo: string, branch: string): string {
  return [
    `Protect the ledger branch ${branch} yourself (an admin of ${owner}/${repo}):`,
    `  Settings → Rules → Rulesets → New branch ruleset "${LEDGER_RULESET_NAME}", enforcement Active,`,
    `  target branch ${branch}, with "Restrict deletions" and "Block force pushes"; or`,
    `  gh api --method POST repos/${owner}/${repo}/rulesets --input - <<'JSON'`,
    `  ${JSON.stringify(ledgerRuleset(branch))}`,
    `  JSON`,
  ].join('\n');
}

/**
 * Make sure the ledger branch is protected by a repository ruleset: an existing one of that
 * name is kept, else one is created. A token without admin rights gets 403/404 from GitHub;
 * that is reported with the way to do it by hand, not thrown: init's other work stands.
 */
export async function protectLedgerBranch(
  octokit: AiosOctokit,
  target: { owner: string; repo: string; branch: string },
): Promise<LedgerProtection> {
  const { owner, repo, branch } = target;
  const how = protectionHowTo(owner, repo, branch);
  try {
    const existing = await octokit.paginate(octokit.repos.getRepoRulesets, {
      owner,
      repo,
      per_page: 100,
    });
    const found = existing.find((r) => r.name === LEDGER_RULESET_NAME);
    if (found) return { status: 'exists', id: found.id, url: found._links?.html?.href ?? '' };
    const { data } = await octokit.repos.createRepoRuleset({
      owner,
      repo,
      ...ledgerRuleset(branch),
    });
    return { status: 'created', id: data.id, url: data._links?.html?.href ?? '' };
  } catch (error) {
    const httpStatus = statusOf(error);
    if (httpStatus === 401 || httpStatus === 403 || httpStatus === 404)
      return { status: 'not-allowed', httpStatus, how };
    throw new ForgeError(
      `GitHub refused to set up the ledger ruleset${httpStatus ? ` (HTTP ${httpStatus})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
      httpStatus,
      { cause: error, retryable: httpStatus === undefined || httpStatus >= 500, hint: how },
    );
  }
}
