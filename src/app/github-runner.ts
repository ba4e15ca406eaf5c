import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config/config-file.js';
import { InputError } from '../core/errors.js';
import { parseEvent } from '../jobs/events.js';
// Types only (erased): the job's module itself is loaded below, and only for AIOS's events.
import type { GitHubJobInputs, JobResult } from './github-job.js';

/**
 * The composition root for the GitHub path: one job of the workflow. Reads the event and the
 * config, and ends here for events that are not AIOS's (most label events on a busy repository
 * start the workflow); only then loads the adapters (Octokit, git ledger, providers) and runs
 * the job, so an ignored event costs little more than starting Node.
 */
export async function runGitHubJob(
  inputs: GitHubJobInputs,
  env: NodeJS.ProcessEnv,
  io: { info(line: string): void },
): Promise<JobResult> {
  const repoDir = env.GITHUB_WORKSPACE ?? process.cwd();
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath)
    throw new InputError('GITHUB_EVENT_PATH is not set.', [], {
      hint: 'Run AIOS as a step of a GitHub Actions workflow.',
    });
  const event = parseEvent(
    env.GITHUB_EVENT_NAME ?? '',
    JSON.parse(await readFile(eventPath, 'utf8')) as unknown,
  );
  if (event.kind === 'ignored')
    return { outputs: { decision: 'ignore' }, summary: `AIOS: ${event.reason}.\n`, failed: false };
  // Config, personas and rules only from the default branch, never a PR's checkout.
  const { assertDefaultBranchCheckout } = await import('../jobs/default-branch.js');
  const { gitDir } = await assertDefaultBranchCheckout(
    repoDir,
    event.payload.repository.default_branch,
  );
  const config = await loadConfig({ file: inputs.config, repoDir });
  if (
    inputs.command === 'intake' &&
    (event.kind === 'issue-labeled' || event.kind === 'pr-labeled')
  ) {
    const label = event.payload.label?.name ?? '';
    if (label !== config.config.intake.label) {
      return {
        outputs: { decision: 'ignore' },
        summary: `AIOS: label "${label}" is not the intake label.\n`,
        failed: false,
      };
    }
  }
  const { runGitHubJobWith } = await import('./github-job.js');
  const run = () => runGitHubJobWith(inputs, env, io, { event, config, repoDir, gitDir });
  if (inputs.command !== 'deliver' && inputs.command !== 'signoff') return run();
  // The jobs that push get the token for their own step only (persist-credentials: false).
  const { withPushCredential } = await import('../jobs/push-credential.js');
  return withPushCredential(repoDir, inputs.githubToken, env.GITHUB_SERVER_URL, run);
}
