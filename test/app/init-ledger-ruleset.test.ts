/**
 * `aios init` protects the ledger branch on GitHub with a repository ruleset (no force-push, no
 * deletion) when the token may, finds it again on a re-run, and otherwise says how to do it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { tempRepo } from '../support/temp-repo.js';

let github: GitHubServer | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function init(
  env: Record<string, string | undefined>,
  extra: string[] = [],
  run: typeof runCli = runCli,
) {
  const dir = await tempRepo();
  return run(['init', '--repo', dir, '--action', './', ...extra], {
    env: { GITHUB_REPOSITORY: undefined, GITHUB_TOKEN: undefined, GH_TOKEN: undefined, ...env },
  });
}

describe('aios init protects the ledger branch', () => {
  it('creates the ruleset with an admin token, once', async () => {
    github = await startGitHubServer({ owner: 'acme', repo: 'site' });
    github.addUser('owner-admin', 'admin');
    github.addToken('admin-token', 'owner-admin');
    const env = {
      GITHUB_API_URL: github.url,
      GITHUB_TOKEN: 'admin-token',
      AIOS_GITHUB_RETRIES: '0',
    };
    // The init family's run of the built binary (test/support/run-bin.ts).
    const first = await init(env, ['--github', 'acme/site'], runBin);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /protected the ledger branch aios-ledger \(ruleset \d+: no force-push, no deletion\)/,
    );
    const rulesets = [...github.state.rulesets.values()];
    expect(rulesets).toHaveLength(1);
    expect(rulesets[0]).toMatchObject({
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['refs/heads/aios-ledger'], exclude: [] } },
      rules: [{ type: 'non_fast_forward' }, { type: 'deletion' }],
      createdBy: 'owner-admin',
    });
    const again = await init({ ...env, GITHUB_REPOSITORY: 'acme/site' });
    expect(again.stdout).toContain('already protected: the ledger branch aios-ledger');
    expect(github.state.rulesets.size).toBe(1);
    expect(github.calls('POST /repos/{owner}/{repo}/rulesets')).toHaveLength(1);
    github.assertNoViolations();
  });

  it('says how when the token may not manage rulesets, or there is none', async () => {
    github = await startGitHubServer({ owner: 'acme', repo: 'site' });
    github.addUser('dev', 'write');
    github.addToken('write-token', 'dev');
    const denied = await init(
      { GITHUB_API_URL: github.url, GITHUB_TOKEN: 'write-token', AIOS_GITHUB_RETRIES: '0' },
      ['--github', 'acme/site'],
    );
    expect(denied.code, denied.stderr).toBe(0); // the files are written; protection is advice
    expect(denied.stdout).toContain('The token may not manage rulesets (HTTP 404)');
    expect(denied.stdout).toContain('gh api --method POST repos/acme/site/rulesets');
    expect(denied.stdout).toContain('"rules":[{"type":"non_fast_forward"},{"type":"deletion"}]');
    expect(github.state.rulesets.size).toBe(0);
    const none = await init({}, ['--github', 'acme/site']);
    expect(none.stdout).toContain(
      'Ledger branch not protected: no GITHUB_TOKEN to ask GitHub with',
    );
    expect(none.stdout).toContain('Block force pushes');
    github.assertNoViolations();
  });
});
