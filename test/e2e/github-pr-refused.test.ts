/**
 * When GitHub refuses the draft PR for a repository setting, the deliver job fails saying which
 * setting to change and where, the work stays pushed on its branch, and a re-run once the
 * setting is fixed delivers it: over the local GitHub server (its refusals are GitHub's, with
 * their sources named in test/support/github-server.ts) and the published webhook payload.
 */
import { simpleGit } from 'simple-git';
import { afterEach, describe, expect, it } from 'vitest';
import {
  answer,
  OWNER,
  REPO,
  startGitHubWorld,
  type GitHubWorld,
} from '../support/github-world.js';
import { webhookFixture } from '../support/webhook-fixtures.js';

let world: GitHubWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const BODY = 'Please audit `content/pages/home.md`.';

function labeled() {
  const p = webhookFixture('issues.labeled', {
    owner: OWNER,
    repo: REPO,
    number: 1,
    label: 'aios',
    sender: 'ann',
  });
  p.issue.title = 'Audit';
  p.issue.body = BODY;
  const [aios] = p.issue.labels ?? [];
  if (!aios) throw new Error('the fixture has no label');
  p.issue.labels = [
    aios,
    { ...aios, id: aios.id + 1, name: 'content-audit', node_id: `${aios.node_id}x` },
  ];
  p.repository.default_branch = 'main';
  return p;
}

/** Intake and work for issue #1, then the deliver job (its result is the test's). */
async function deliverOnce(w: GitHubWorld) {
  w.github.addIssue({ title: 'Audit', body: BODY, user: 'ann', labels: ['aios', 'content-audit'] });
  w.ollama.enqueue({
    content: answer({ files: [{ path: 'audits/a.md', content: '# Audit\n\nFine.\n' }] }),
  });
  const dir = await w.newArtifactDir();
  const intake = await w.job('intake', 'issues', labeled(), dir);
  expect(intake.outputs.decision).toBe('work');
  const work = await w.job('work', 'issues', labeled(), dir);
  expect(work.code).toBe(0);
  return { dir, deliver: await w.job('deliver', 'issues', labeled(), dir) };
}

const commentsOn = (w: GitHubWorld, n: number) =>
  [...w.github.state.comments.values()].filter((c) => c.issueNumber === n).map((c) => c.body);

async function branchTip(w: GitHubWorld, branch: string): Promise<string | undefined> {
  const out = await simpleGit(w.origin).raw(['for-each-ref', '--format=%(objectname)', branch]);
  return out.trim() || undefined;
}

describe('a draft PR GitHub refuses for a repository setting', () => {
  it('Actions not allowed to create PRs: says where to allow it; a re-run after delivers', async () => {
    world = await startGitHubWorld({ repository: { actionsCanCreatePullRequests: false } });
    const w = world;
    const { dir, deliver } = await deliverOnce(w);
    expect(deliver.code).not.toBe(0);
    expect(deliver.log).toContain(
      'GitHub Actions is not permitted to create or approve pull requests',
    );
    expect(deliver.log).toContain(
      `How to fix: Let GitHub Actions open pull requests: in https://github.com/${OWNER}/${REPO}/settings/actions`,
    );
    expect(deliver.log).toContain('Allow GitHub Actions to create and approve pull requests');
    // Not the generic advice, which would send the person to the wrong place.
    expect(deliver.log).not.toContain('Check the job permissions');
    expect(w.github.calls('POST /repos/{owner}/{repo}/pulls').map((c) => c.status)).toEqual([403]);
    expect(w.github.state.pulls.size).toBe(0);
    // The work is not lost: it is on its branch.
    const pushed = await branchTip(w, 'refs/heads/aios/issue-1');
    expect(pushed).toBeDefined();
    // The person who asked reads it on the issue, where they look.
    const told = commentsOn(w, 1);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(
      'AIOS finished the work and pushed it to `aios/issue-1`, but GitHub says AIOS may not open pull requests here',
    );
    expect(told[0]).toContain('How to fix: Let GitHub Actions open pull requests');

    w.github.settings.actionsCanCreatePullRequests = true;
    const again = await w.job('deliver', 'issues', labeled(), dir);
    expect(again.code).toBe(0);
    expect(again.outputs.outcome).toBe('delivered');
    const [pr] = [...w.github.state.pulls.values()];
    expect(pr).toMatchObject({ head: 'aios/issue-1', draft: true, headSha: pushed });
    // The same comment now links the PR: no stale refusal left on the issue.
    expect(commentsOn(w, 1)).toEqual([
      expect.stringContaining(`AIOS opened draft PR #${pr?.number ?? 0} for this issue`),
    ]);
    w.github.assertNoViolations();
  });

  it('a private repository without draft PRs: names the plans that have them; no ready PR instead', async () => {
    world = await startGitHubWorld({ repository: { private: true, plan: 'free' } });
    const w = world;
    const { dir, deliver } = await deliverOnce(w);
    expect(deliver.code).not.toBe(0);
    expect(deliver.log).toContain('Draft pull requests are not supported in this repository');
    expect(deliver.log).toMatch(
      /How to fix: GitHub offers draft pull requests on a private repository only with GitHub Team or GitHub Enterprise Cloud/,
    );
    // AIOS never falls back to a PR that could be merged without review.
    expect(w.github.calls('POST /repos/{owner}/{repo}/pulls').map((c) => c.body)).toEqual([
      expect.objectContaining({ draft: true }),
    ]);
    expect(w.github.state.pulls.size).toBe(0);
    expect(await branchTip(w, 'refs/heads/aios/issue-1')).toBeDefined();
    expect(commentsOn(w, 1).join('\n')).toMatch(
      /cannot open a draft pull request here[\s\S]*How to fix: GitHub offers draft pull requests/,
    );

    w.github.settings.plan = 'team';
    const again = await w.job('deliver', 'issues', labeled(), dir);
    expect(again.outputs.outcome).toBe('delivered');
    expect([...w.github.state.pulls.values()]).toEqual([
      expect.objectContaining({ head: 'aios/issue-1', draft: true }),
    ]);
    w.github.assertNoViolations();
  });
});
