import { createOctokit } from '../forge/octokit.js';
import {
  protectionHowTo,
  protectLedgerBranch,
  type LedgerProtection,
} from '../forge/ledger-ruleset.js';

export type InitProtection =
  | LedgerProtection
  /** No repository or no token to ask GitHub with: only the how-to. */
  | { readonly status: 'not-attempted'; readonly reason: string; readonly how: string };

/**
 * `aios init`'s protection of the ledger branch: through the API when a repository is named
 * (`--github owner/repo` or GITHUB_REPOSITORY) and a token is at hand (GITHUB_TOKEN/GH_TOKEN),
 * else the way to do it by hand.
 */
export async function protectLedgerFromInit(
  named: string | undefined,
  branch: string,
  env: NodeJS.ProcessEnv,
): Promise<InitProtection> {
  const slug = named ?? env.GITHUB_REPOSITORY;
  const m = slug ? /^([\w.-]+)\/([\w.-]+)$/.exec(slug) : null;
  if (!m?.[1] || !m[2])
    return {
      status: 'not-attempted',
      reason: slug
        ? `${slug} is not owner/repo`
        : 'no GitHub repository named (--github owner/repo)',
      how: protectionHowTo('OWNER', 'REPO', branch),
    };
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!token)
    return {
      status: 'not-attempted',
      reason: 'no GITHUB_TOKEN to ask GitHub with',
      how: protectionHowTo(m[1], m[2], branch),
    };
  const retries =
    env.AIOS_GITHUB_RETRIES === undefined ? undefined : Number(env.AIOS_GITHUB_RETRIES);
  const octokit = createOctokit({
    token,
    baseUrl: env.GITHUB_API_URL,
    ...(retries === undefined ? {} : { retries }),
  });
  // Init's files stand whatever GitHub says: an unreachable API is reported, not fatal.
  return protectLedgerBranch(octokit, { owner: m[1], repo: m[2], branch }).catch(
    (error: unknown) => ({
      status: 'not-attempted' as const,
      reason: `GitHub could not be asked (${error instanceof Error ? error.message : String(error)})`,
      how: protectionHowTo(m[1] ?? 'OWNER', m[2] ?? 'REPO', branch),
    }),
  );
}
