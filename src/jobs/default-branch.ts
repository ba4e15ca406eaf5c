import { REPO_CONFIG_PATH } from '../config/config-file.js';
import { InputError } from '../core/errors.js';
import { gitDirAndCommits, gitDirOf, resolveCommits } from '../git/refs.js';
import { gitWithInput } from '../git/run-git.js';

/**
 * Config, personas and rules decide what a job may do, so every job reads them from the
 * default branch, never from a pull request's head or merge checkout (where anyone who can open
 * a PR could write them). The workflow checks out the default branch; this refuses to run when
 * the checkout is anything else.
 */
export async function assertDefaultBranchCheckout(
  repoDir: string,
  defaultBranch: string,
): Promise<{ gitDir: string }> {
  const revs = ['HEAD', `refs/remotes/origin/${defaultBranch}`];
  // One git process for both commits and the git folder (every job starts with this check,
  // and its ledger store needs the folder); the one that is missing is asked for only then.
  const found = await gitDirAndCommits(repoDir, revs);
  if (found && found.commits[0] === found.commits[1]) return { gitDir: found.gitDir };
  const [head, tip] = found?.commits ?? (await resolveCommits(repoDir, revs));
  if (!head || !tip || head !== tip) {
    throw new InputError(
      `The checkout is not the default branch ${defaultBranch} (HEAD ${head?.slice(0, 12) ?? 'unknown'}, origin/${defaultBranch} ${tip?.slice(0, 12) ?? 'unknown'}): AIOS reads its config, personas and rules only from the default branch.`,
      [],
      {
        hint: `Check out with \`ref: \${{ github.event.repository.default_branch }}\` and \`fetch-depth: 0\`.`,
      },
    );
  }
  return { gitDir: found?.gitDir ?? (await gitDirOf(repoDir)) };
}

/**
 * The kill switch as the default branch holds it now: fetched again, so a switch flipped while
 * the work ran is seen before anything is pushed. True when the config there says `enabled: false`.
 */
export async function switchedOffOnDefaultBranch(
  repoDir: string,
  defaultBranch: string,
  options: { fetched?: boolean } = {},
): Promise<boolean> {
  if (!options.fetched)
    await gitWithInput(
      repoDir,
      [
        'fetch',
        '--quiet',
        'origin',
        `+refs/heads/${defaultBranch}:refs/remotes/origin/${defaultBranch}`,
      ],
      undefined,
    );
  const r = await gitWithInput(
    repoDir,
    ['show', `refs/remotes/origin/${defaultBranch}:${REPO_CONFIG_PATH}`],
    undefined,
  );
  if (r.code !== 0) return false; // no repository config: the shipped defaults, enabled
  // Loaded here, not with the module: every job starts with the checkout check above, and
  // the config schema (built when load-config.ts loads) is wanted only for this read.
  const { parseConfig } = await import('../config/load-config.js');
  return !parseConfig(r.stdout.toString('utf8'), REPO_CONFIG_PATH).config.enabled;
}
