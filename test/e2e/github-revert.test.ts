/**
 * `/aios revert` on GitHub, over the local GitHub server and a real bare origin, driven by the
 * published `issue_comment.created` webhook example: an approver's command opens the revert of
 * the delivered commit as a draft PR and records `reverted`; anyone else is told no, and
 * nothing is reverted.
 */
import { simpleGit } from 'simple-git';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  answer,
  OWNER,
  REPO,
  savedWorld,
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

function comment(body: string, sender: string, number = 1) {
  const p = webhookFixture('issue_comment.created', {
    owner: OWNER,
    repo: REPO,
    number,
    sender,
    commentBody: body,
  });
  p.repository.default_branch = 'main';
  return p;
}

async function pipeline(w: GitHubWorld, eventName: string, payload: object) {
  const dir = await w.newArtifactDir();
  const intake = await w.job('intake', eventName, payload, dir);
  if (intake.outputs.decision === 'work') await w.job('work', eventName, payload, dir);
  const deliver =
    intake.outputs.decision !== 'ignore'
      ? await w.job('deliver', eventName, payload, dir)
      : undefined;
  return { intake, deliver };
}

/**
 * A world where issue #1's audit was delivered and a person merged its PR on GitHub: marked
 * ready for review, then merged with a merge commit on main (the server's merge box).
 */
async function mergedDelivery(): Promise<{
  w: GitHubWorld;
  commit: string;
  before: string;
  merge: string;
}> {
  const w = await startGitHubWorld();
  w.github.addIssue({ title: 'Audit', body: BODY, user: 'ann', labels: ['aios', 'content-audit'] });
  w.ollama.enqueue({
    content: answer({ files: [{ path: 'audits/a.md', content: '# Audit\n\nFine.\n' }] }),
  });
  const run = await pipeline(w, 'issues', labeled());
  expect(run.deliver?.outputs.outcome).toBe('delivered');
  const origin = simpleGit(w.origin);
  const before = (await origin.revparse(['refs/heads/main'])).trim();
  const commit = (await origin.revparse(['refs/heads/aios/issue-1'])).trim();
  const delivered = [...w.github.state.pulls.values()].find((p) => p.head === 'aios/issue-1');
  if (!delivered) throw new Error('no delivered PR on the server');
  w.github.markReadyForReview(delivered.number);
  const merge = await w.github.mergePullRequest(delivered.number, 'ann');
  expect((await origin.revparse(['refs/heads/main'])).trim()).toBe(merge);
  return { w, commit, before, merge };
}

/** `mergedDelivery()`'s world, made once for this file and put back for each test. */
let mergedShas: { commit: string; before: string; merge: string } | undefined;
const merged = savedWorld(async () => {
  const { w, commit, before, merge } = await mergedDelivery();
  mergedShas = { commit, before, merge };
  return { world: w };
});
afterAll(() => merged.close());
async function sharedMergedDelivery() {
  const { w } = await merged.restore();
  return { w, ...mergedShas! };
}

const revertPulls = (w: GitHubWorld) =>
  [...w.github.state.pulls.values()].filter((p) => p.head.startsWith('aios/revert-'));
const commentsOn = (w: GitHubWorld, n: number) =>
  [...w.github.state.comments.values()].filter((c) => c.issueNumber === n).map((c) => c.body);

describe('/aios revert on GitHub', () => {
  it('an approver’s command opens the revert as a draft PR and records `reverted`', async () => {
    const { w, commit, before, merge } = await sharedMergedDelivery();
    const run = await pipeline(
      w,
      'issue_comment',
      comment('/aios revert the audit was wrong', 'ann'),
    );
    expect(run.intake.outputs.decision).toBe('reply');
    expect(run.deliver?.code).toBe(0);
    expect(run.deliver?.outputs.outcome).toBe('reverted');

    const [pr] = revertPulls(w);
    expect(pr).toMatchObject({ head: 'aios/revert-acme.site.1', base: 'main', draft: true });
    const origin = simpleGit(w.origin);
    const head = (await origin.revparse(['refs/heads/aios/revert-acme.site.1'])).trim();
    // The revert's tree is main's tree from before the delivery: the audit file is gone.
    expect((await origin.revparse([`${head}^{tree}`])).trim()).toBe(
      (await origin.revparse([`${before}^{tree}`])).trim(),
    );
    // It sits on main as merged (the merge commit), undoing the delivered commit.
    expect((await origin.revparse([`${head}^`])).trim()).toBe(merge);
    expect((await origin.raw(['rev-list', '--parents', '-n', '1', merge])).trim()).toBe(
      `${merge} ${before} ${commit}`,
    );

    const reverted = (await w.ledger()).filter((e) => e.event === 'reverted');
    expect(reverted).toHaveLength(1);
    expect(reverted[0]).toMatchObject({
      task: 'acme/site#1',
      actor: { type: 'human', login: 'ann' },
      data: {
        by: 'ann',
        commits: [commit],
        branch: 'aios/revert-acme.site.1',
        commit: head,
        pr: { number: pr?.number },
        reason: 'the audit was wrong',
      },
    });
    expect(commentsOn(w, 1).join('\n')).toContain(
      `AIOS opened draft PR #${pr?.number} reverting acme/site#1`,
    );

    // A second command finds it already reverted: no second PR.
    await pipeline(w, 'issue_comment', comment('/aios revert', 'ann'));
    expect(revertPulls(w)).toHaveLength(1);
    expect(commentsOn(w, 1).join('\n')).toContain('is already reverted');
  });

  it('tells an unauthorised commenter no, and reverts nothing', async () => {
    const { w } = await sharedMergedDelivery();
    w.github.addUser('tom', 'triage');
    const run = await pipeline(w, 'issue_comment', comment('/aios revert', 'tom'));
    expect(run.deliver?.outputs.outcome).toBe('replied');
    // The login is neutralised (a zero-width space after `@`): the reply pings nobody.
    expect(commentsOn(w, 1).join('\n')).toMatch(
      /`@\u200btom` may not revert acme\/site#1: only a person with write access may revert it\. Nothing was reverted\./,
    );
    expect(revertPulls(w)).toHaveLength(0);
    expect((await w.ledger()).some((e) => e.event === 'reverted')).toBe(false);
  });

  it('works from a comment on the delivered PR itself', async () => {
    const { w } = await sharedMergedDelivery();
    const delivered = [...w.github.state.pulls.values()].find((p) => p.head === 'aios/issue-1');
    expect(delivered).toBeDefined();
    const n = delivered?.number ?? 0;
    const issue = w.github.state.issues.get(n);
    const payload = comment('/aios revert', 'ann', n);
    // On a pull request's conversation GitHub sends the PR as `issue`, with `pull_request` set
    // and the PR's author and body (AIOS's, with its task marker).
    payload.issue.pull_request = {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${n}`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${n}`,
      diff_url: `https://github.com/${OWNER}/${REPO}/pull/${n}.diff`,
      patch_url: `https://github.com/${OWNER}/${REPO}/pull/${n}.patch`,
      // The PR was merged (mergedDelivery), and GitHub says so in the event.
      merged_at: delivered?.mergedAt ?? null,
    };
    payload.issue.body = issue?.body ?? '';
    payload.issue.user.type = 'Bot';
    const run = await pipeline(w, 'issue_comment', payload);
    expect(run.deliver?.outputs.outcome).toBe('reverted');
    expect(revertPulls(w)).toHaveLength(1);
    expect(commentsOn(w, n).join('\n')).toContain('reverting acme/site#1');
  });

  it('says where to allow it when the repository no longer lets Actions open pull requests', async () => {
    const { w } = await sharedMergedDelivery();
    w.github.settings.actionsCanCreatePullRequests = false;
    const run = await pipeline(w, 'issue_comment', comment('/aios revert', 'ann'));
    expect(run.deliver?.outputs.outcome).toBe('failed');
    const said = commentsOn(w, 1).join('\n');
    expect(said).toContain('AIOS could not open a revert of acme/site#1');
    expect(said).toContain(
      'How to fix: Let GitHub Actions open pull requests: in https://github.com/acme/site/settings/actions',
    );
    expect(said).toContain('Then delete the branch aios/revert-acme.site.1');
    expect(revertPulls(w)).toHaveLength(0);
    expect((await w.ledger()).some((e) => e.event === 'reverted')).toBe(false);
  });
});
