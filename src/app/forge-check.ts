import { InputError } from '../core/errors.js';
import { githubPullRecords } from '../forge/github-forge.js';
import { createOctokit } from '../forge/octokit.js';
import type { ForgeCheck } from '../ledger/verify-forge.js';

/**
 * The forge `aios ledger verify --forge` reads: the GitHub repository named by `--forge
 * owner/repo` (or GITHUB_REPOSITORY, as in Actions), with GITHUB_TOKEN (or GH_TOKEN) and
 * GITHUB_API_URL for GitHub Enterprise or a local server. Read-only: it lists PRs and reviews.
 */
export function openForgeCheck(named: string | true, env: NodeJS.ProcessEnv): ForgeCheck {
  const slug = named === true ? env.GITHUB_REPOSITORY : named;
  const m = slug ? /^([\w.-]+)\/([\w.-]+)$/.exec(slug) : null;
  if (!m?.[1] || !m[2])
    throw new InputError(
      `--forge ${slug === undefined ? '(no repository)' : slug} does not name a GitHub repository`,
      [],
      { hint: 'Pass --forge owner/repo, or set GITHUB_REPOSITORY=owner/repo.' },
    );
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!token)
    throw new InputError('--forge needs a GitHub token to read PRs and reviews', [], {
      hint: 'Set GITHUB_TOKEN (read access to pull requests is enough).',
    });
  const retries =
    env.AIOS_GITHUB_RETRIES === undefined ? undefined : Number(env.AIOS_GITHUB_RETRIES);
  const octokit = createOctokit({
    token,
    baseUrl: env.GITHUB_API_URL,
    ...(retries === undefined ? {} : { retries }),
  });
  return {
    owner: m[1],
    repo: m[2],
    records: githubPullRecords({ octokit, owner: m[1], repo: m[2] }),
  };
}
