import { simpleGit } from 'simple-git';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/hash.js';
import { readStoredEntries, type StoredEntry } from '../../src/ledger/read-ledger.js';
import {
  answer,
  asOnServer,
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

const AUDIT_PATH = 'audits/2026-11-home.md';
const ISSUE_BODY =
  'Please audit `content/pages/home.md` for small-business owners and list fixes with priorities.';

/** The examples' repository has `master` as its default branch; the world's origin uses `main`. */
function onMain<T extends { repository: { default_branch: string } }>(payload: T): T {
  payload.repository.default_branch = 'main';
  return payload;
}

/** A real issues.labeled payload, retargeted: label `aios` on issue 1, which also carries the kind label. */
function labeled(sender = 'ann', number = 1) {
  const payload = webhookFixture('issues.labeled', {
    owner: OWNER,
    repo: REPO,
    number,
    label: 'aios',
    sender,
  });
  payload.issue.title = 'Content audit of the home page';
  payload.issue.body = ISSUE_BODY;
  const [aios] = payload.issue.labels ?? [];
  if (!aios) throw new Error('the fixture has no label');
  payload.issue.labels = [
    aios,
    { ...aios, id: aios.id + 1, name: 'content-audit', node_id: `${aios.node_id}x` },
  ];
  return onMain(payload);
}

function seedIssue(w: GitHubWorld, number = 1): void {
  const issue = w.github.addIssue({
    title: 'Content audit of the home page',
    body: ISSUE_BODY,
    user: 'ann',
    labels: ['aios', 'content-audit'],
  });
  expect(issue.number).toBe(number);
}

async function originBranches(w: GitHubWorld): Promise<string[]> {
  return (await simpleGit(w.origin).branch()).all;
}

async function runPipeline(w: GitHubWorld, eventName: string, payload: object) {
  const dir = await w.newArtifactDir();
  const intake = await w.job('intake', eventName, payload, dir);
  const work =
    intake.outputs.decision === 'work' ? await w.job('work', eventName, payload, dir) : undefined;
  const deliver =
    intake.outputs.decision !== 'ignore'
      ? await w.job('deliver', eventName, payload, dir)
      : undefined;
  return { dir, intake, work, deliver };
}

describe('the GitHub path, driven by real webhook payloads', () => {
  it('label → intake → plan → work (sent back once) → deliver → approve → sign-off → merge', async () => {
    world = await startGitHubWorld({ approvers: ['boss'] });
    const w = world;
    seedIssue(w);
    w.ollama.enqueue(
      {
        content: answer({
          files: [{ path: AUDIT_PATH, content: '# Audit\n\n### Home\n\nJargon.\n' }],
        }),
        promptTokens: 700,
        evalTokens: 80,
      },
      // Passes, with one style warning (trailing colon in a heading) for the reviewer.
      {
        content: answer({
          files: [
            {
              path: AUDIT_PATH,
              content: '# Audit\n\n## Home:\n\nJargon: "We leverage synergistic..."\n',
            },
          ],
        }),
        promptTokens: 760,
        evalTokens: 90,
      },
    );

    const { intake, work, deliver } = await runPipeline(w, 'issues', labeled());
    expect(intake.code, intake.log).toBe(0);
    expect(intake.outputs.decision).toBe('work');
    expect(JSON.parse(intake.outputs['api-keys'] ?? 'null')).toEqual([]); // the local tier needs no API key
    expect(work?.outputs.status).toBe('accepted');
    expect(deliver?.code, deliver?.log).toBe(0);
    expect(deliver?.outputs.outcome).toBe('delivered');

    // Intake and work only read from GitHub.
    const writes = w.github.requests.filter((r) => r.method !== 'GET');
    const firstWrite = w.github.requests.indexOf(writes[0]!);
    expect(w.github.requests.slice(0, firstWrite).every((r) => r.method === 'GET')).toBe(true);
    expect(
      w.github
        .calls('GET /repos/{owner}/{repo}/collaborators/{username}/permission')
        .map((r) => r.path),
    ).toEqual([`/repos/${OWNER}/${REPO}/collaborators/ann/permission`]);

    // The branch on origin: main plus the audit, with trailers and the co-author.
    const git = simpleGit(w.origin);
    expect(await originBranches(w)).toEqual(
      expect.arrayContaining(['aios/issue-1', 'aios-ledger', 'main']),
    );
    expect((await git.raw(['diff', '--name-status', 'main', 'aios/issue-1'])).trim()).toBe(
      `A\t${AUDIT_PATH}`,
    );
    const trailers = await git.raw(['log', '-1', '--format=%(trailers)', 'aios/issue-1']);
    expect(trailers).toContain('AI-Model: ollama/llama3.1:8b');
    expect(trailers).toContain('AI-Persona: content-auditor');
    expect(trailers).toContain('AIOS-Rule: content-audit-local');
    expect(trailers).toContain(`AIOS-Task: ${OWNER}/${REPO}#1`);
    expect(trailers).toMatch(/Co-authored-by: ann <\d+\+ann@users\.noreply\.github\.com>/);

    // One draft PR, disclosing AI use, review requested from the approver, linked from the issue.
    const pulls = [...w.github.state.pulls.values()];
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(pr).toMatchObject({ draft: true, head: 'aios/issue-1', base: 'main' });
    const prBody = w.github.state.issues.get(pr.number)?.body ?? '';
    expect(prBody).toContain('**AI use disclosure:**');
    expect(prBody).toContain('Rule **content-audit-local**');
    expect(prBody).toMatch(/Attempt 1:[\s\S]*sent back · markdown-lint/);
    expect(pr.requestedReviewers).toEqual(['boss']);
    const comments = [...w.github.state.comments.values()].filter((c) => c.issueNumber === 1);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(`draft PR #${pr.number}`);
    expect(deliver?.summary).toContain('| calls | tokens in |');
    // The warning is a review comment on the line concerned, never an approval.
    const reviews = [...w.github.state.reviews.values()].filter((r) => r.pullNumber === pr.number);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.state).toBe('COMMENTED');
    const lineComments = [...w.github.state.reviewComments.values()].filter(
      (c) => c.reviewId === reviews[0]?.id,
    );
    expect(lineComments.map((c) => [c.path, c.line])).toEqual([[AUDIT_PATH, 3]]);
    expect(lineComments[0]?.body).toContain('MD026');

    // Approval by the named approver is the sign-off; a merge is the accepted outcome.
    const review = onMain(
      webhookFixture('pull_request_review.submitted', {
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        sender: 'boss',
        reviewState: 'approved',
        // The reviewer's own minutes of review, in the review's text.
        reviewBody: 'Read it through against the brief.\n/aios signoff 20m',
        headRef: 'aios/issue-1',
      }),
    );
    await asOnServer(w, review);
    expect(
      (await w.job('signoff', 'pull_request_review', review, await w.newArtifactDir())).outputs
        .recorded,
    ).toBe('signoff');
    const again = await w.job('signoff', 'pull_request_review', review, await w.newArtifactDir());
    expect(again.outputs.recorded).toBe('nothing'); // a re-delivered webhook is not recorded twice
    const closed = onMain(
      webhookFixture('pull_request.closed', {
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        sender: 'boss',
        merged: true,
        headRef: 'aios/issue-1',
      }),
    );
    await asOnServer(w, closed);
    expect(
      (await w.job('signoff', 'pull_request', closed, await w.newArtifactDir())).outputs.recorded,
    ).toBe('outcome');

    const entries = await w.ledger();
    expect(entries.map((e) => e.event)).toEqual([
      'planned',
      'attempt',
      'gate',
      'gate',
      'attempt',
      'gate',
      'gate',
      'delivered',
      'signoff',
      'outcome',
    ]);
    const stored: StoredEntry[] = [];
    for await (const s of readStoredEntries(w.origin, 'refs/heads/aios-ledger')) stored.push(s);
    stored.sort((a, b) => a.path.localeCompare(b.path));
    stored.forEach((s, i) =>
      expect(entries[i]?.prev).toBe(i === 0 ? null : sha256(stored[i - 1]!.bytes)),
    );
    expect(entries.filter((e) => e.event === 'attempt')).toHaveLength(w.ollama.chatRequests.length);
    expect(entries.at(-2)).toMatchObject({
      event: 'signoff',
      actor: { type: 'human', login: 'boss' },
      data: { approved: true, counts: true, reviewMinutes: 20 },
    });
    expect(entries.at(-1)).toMatchObject({ event: 'outcome', data: { outcome: 'accepted' } });
    w.github.assertNoViolations();
  });

  it('does nothing for a labeller without write access: no model call, no branch, no comment, no ledger', async () => {
    world = await startGitHubWorld();
    const w = world;
    seedIssue(w);
    const { intake, deliver } = await runPipeline(w, 'issues', labeled('mallory'));
    expect(intake.code).toBe(0);
    expect(intake.outputs.decision).toBe('ignore');
    expect(intake.log).toContain('mallory has read access');
    expect(deliver).toBeUndefined();
    expect(w.ollama.chatRequests).toHaveLength(0);
    expect(w.github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(await originBranches(w)).toEqual(['main']);
  });

  it('a review by someone who is not an approver is recorded but is not the sign-off', async () => {
    world = await startGitHubWorld({ approvers: ['boss'] });
    const w = world;
    seedIssue(w);
    w.ollama.enqueue({
      content: answer({ files: [{ path: AUDIT_PATH, content: '# Audit\n\nFine.\n' }] }),
    });
    await runPipeline(w, 'issues', labeled());
    const pr = [...w.github.state.pulls.values()][0]!;
    const review = onMain(
      webhookFixture('pull_request_review.submitted', {
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        sender: 'ann',
        reviewState: 'approved',
        headRef: 'aios/issue-1',
      }),
    );
    await asOnServer(w, review);
    await w.job('signoff', 'pull_request_review', review, await w.newArtifactDir());
    const closed = onMain(
      webhookFixture('pull_request.closed', {
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        sender: 'boss',
        merged: false,
        headRef: 'aios/issue-1',
      }),
    );
    await asOnServer(w, closed);
    await w.job('signoff', 'pull_request', closed, await w.newArtifactDir());
    const entries = await w.ledger();
    expect(entries.at(-2)).toMatchObject({
      event: 'signoff',
      data: { login: 'ann', approved: true, counts: false },
    });
    expect(entries.at(-1)).toMatchObject({ event: 'outcome', data: { outcome: 'rejected' } });
  });

  it('stops to ask, then resumes with `/aios answer` in the persona’s context', async () => {
    world = await startGitHubWorld();
    const w = world;
    seedIssue(w);
    w.ollama.enqueue({
      content: answer({
        decision: 'ask',
        confidence: 0.3,
        questions: ['Who is the audience: new or returning clients?'],
      }),
    });
    const first = await runPipeline(w, 'issues', labeled());
    expect(first.work?.outputs.status).toBe('asked');
    expect(first.deliver?.outputs.outcome).toBe('asked');
    const issue = w.github.state.issues.get(1)!;
    expect(issue.labels).toContain('aios:needs-human');
    const ask = [...w.github.state.comments.values()].find((c) =>
      c.body.includes('AIOS needs a human'),
    );
    expect(ask?.body).toContain('Who is the audience');
    expect(await originBranches(w)).not.toContain('aios/issue-1');

    w.ollama.enqueue({
      content: answer({
        files: [{ path: AUDIT_PATH, content: '# Audit for new clients\n\nFine.\n' }],
      }),
    });
    const comment = onMain(
      webhookFixture('issue_comment.created', {
        owner: OWNER,
        repo: REPO,
        number: 1,
        sender: 'ann',
        commentBody: '/aios answer New clients who have never hired a studio.',
      }),
    );
    const second = await runPipeline(w, 'issue_comment', comment);
    expect(second.intake.outputs.decision).toBe('work');
    expect(second.deliver?.outputs.outcome, second.deliver?.log).toBe('delivered');
    const prompt =
      (w.ollama.chatRequests.at(-1)?.body as { messages: { content: string }[] }).messages[1]
        ?.content ?? '';
    expect(prompt).toContain('New clients who have never hired a studio.');
    expect(w.github.state.issues.get(1)!.labels).not.toContain('aios:needs-human');
    const events = (await w.ledger()).map((e) => e.event);
    expect(events).toEqual([
      'planned',
      'attempt',
      'asked',
      'planned',
      'attempt',
      'gate',
      'gate',
      'delivered',
    ]);
  });

  it('completes a delivery killed between push and PR creation on re-run, without duplicates', async () => {
    world = await startGitHubWorld();
    const w = world;
    seedIssue(w);
    w.ollama.enqueue({
      content: answer({ files: [{ path: AUDIT_PATH, content: '# Audit\n\nFine.\n' }] }),
    });
    const dir = await w.newArtifactDir();
    const payload = labeled();
    await w.job('intake', 'issues', payload, dir);
    await w.job('work', 'issues', payload, dir);
    w.github.failNext('POST /repos/{owner}/{repo}/pulls', 'drop');
    const killed = await w.job('deliver', 'issues', payload, dir);
    expect(killed.code).toBe(1);
    expect(await originBranches(w)).toContain('aios/issue-1'); // pushed before the PR call died
    expect(w.github.state.pulls.size).toBe(0);
    expect((await w.ledger()).map((e) => e.event)).toEqual([
      'planned',
      'attempt',
      'gate',
      'gate',
      'failed',
    ]);

    const rerun = await w.job('deliver', 'issues', payload, dir);
    expect(rerun.code, rerun.log).toBe(0);
    const rerunAgain = await w.job('deliver', 'issues', payload, dir);
    expect(rerunAgain.code).toBe(0);
    expect(w.github.state.pulls.size).toBe(1);
    expect(
      (await simpleGit(w.origin).raw(['rev-list', '--count', 'main..aios/issue-1'])).trim(),
    ).toBe('1');
    expect([...w.github.state.comments.values()].filter((c) => c.issueNumber === 1)).toHaveLength(
      1,
    );
    const events = (await w.ledger()).map((e) => e.event);
    expect(events.filter((e) => e === 'delivered')).toHaveLength(1);
    expect(events.filter((e) => e === 'planned')).toHaveLength(1);
  });

  it('two runs of the same issue at once end with one branch commit, one PR, and a whole ledger', async () => {
    world = await startGitHubWorld();
    const w = world;
    seedIssue(w);
    const same = answer({ files: [{ path: AUDIT_PATH, content: '# Audit\n\nSame answer.\n' }] });
    w.ollama.enqueue({ content: same }, { content: same });
    const [a, b] = await Promise.all([
      runPipeline(w, 'issues', labeled()),
      runPipeline(w, 'issues', labeled()),
    ]);
    expect([a.deliver?.code, b.deliver?.code]).toEqual([0, 0]);
    expect(w.github.state.pulls.size).toBe(1);
    expect(
      (await simpleGit(w.origin).raw(['rev-list', '--count', 'main..aios/issue-1'])).trim(),
    ).toBe('1');
    const entries = await w.ledger();
    expect(entries.filter((e) => e.event === 'planned')).toHaveLength(2);
    expect(entries.filter((e) => e.event === 'attempt')).toHaveLength(2);
    // The task's chain is whole: one first entry, and every other entry names a distinct
    // predecessor of the same task (the second run's entries are re-chained after the first's).
    const hashes = new Map<string, string>();
    for await (const st of readStoredEntries(w.origin, 'refs/heads/aios-ledger'))
      hashes.set(sha256(st.bytes), st.path);
    const prevs = entries.map((e) => e.prev);
    expect(prevs.filter((p) => p === null)).toHaveLength(1);
    const links = prevs.filter((p): p is string => p !== null);
    expect(new Set(links).size).toBe(links.length);
    for (const link of links) expect(hashes.has(link)).toBe(true);
  });
});

describe('labelling an existing pull request', () => {
  it('works on the PR’s own branch, reports in a comment, and leaves its title and body alone', async () => {
    world = await startGitHubWorld();
    const w = world;
    // Someone's feature branch, with a page only that branch has.
    const clone = await w.newArtifactDir();
    const git = simpleGit();
    await git.clone(w.origin, clone);
    const g = simpleGit(clone);
    await g.addConfig('user.name', 'Ann');
    await g.addConfig('user.email', 'ann@example.com');
    await g.checkoutLocalBranch('feature/pricing');
    const { writeFile, mkdir } = await import('node:fs/promises');
    await mkdir(`${clone}/content/pages`, { recursive: true });
    await writeFile(`${clone}/content/pages/new-pricing.md`, '# New pricing\n\nFrom $1,999.\n');
    await g.add('.');
    await g.commit('new pricing page');
    await g.push('origin', 'feature/pricing');
    w.github.addLabel('aios', 'ededed', 'Work for AIOS');
    w.github.addLabel('content-audit', 'ededed', 'A content audit');
    const pr = await w.github.addPullRequest({
      head: 'feature/pricing',
      base: 'main',
      title: 'New pricing page',
      body: 'Ann’s words.',
      user: 'ann',
      // As the labelled event says: deliver checks the label is still there before it pushes.
      labels: ['aios', 'content-audit'],
    });

    const payload = onMain(
      webhookFixture('pull_request.labeled', {
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        label: 'aios',
        sender: 'ann',
        headRef: 'feature/pricing',
        baseRef: 'main',
      }),
    );
    payload.pull_request.title = 'New pricing page';
    payload.pull_request.body = 'Audit `content/pages/new-pricing.md` before we merge.';
    const [aios] = payload.pull_request.labels;
    if (!aios) throw new Error('the fixture has no label');
    payload.pull_request.labels = [
      aios,
      { ...aios, id: aios.id + 1, name: 'content-audit', node_id: `${aios.node_id}x` },
    ];
    w.ollama.enqueue({
      content: answer({
        files: [{ path: 'audits/new-pricing.md', content: '# Audit\n\nClear.\n' }],
      }),
    });

    const run = await runPipeline(w, 'pull_request', payload);
    expect(run.deliver?.outputs.outcome, run.deliver?.log).toBe('delivered');
    const prompt =
      (w.ollama.chatRequests[0]?.body as { messages: { content: string }[] }).messages[1]
        ?.content ?? '';
    expect(prompt).toContain('From $1,999.'); // the PR branch's file was in the context
    const origin = simpleGit(w.origin);
    expect(
      (await origin.raw(['log', '--format=%s', 'main..feature/pricing'])).trim().split('\n'),
    ).toHaveLength(2);
    expect(await origin.raw(['show', 'feature/pricing:audits/new-pricing.md'])).toContain('Clear.');
    expect(w.github.state.pulls.size).toBe(1);
    const issue = w.github.state.issues.get(pr.number)!;
    expect([issue.title, issue.body]).toEqual(['New pricing page', 'Ann’s words.']);
    const comments = [...w.github.state.comments.values()].filter(
      (c) => c.issueNumber === pr.number,
    );
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('AI use disclosure');
    // Approval of that PR signs the task off.
    const review = onMain(
      webhookFixture('pull_request_review.submitted', {
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        sender: 'boss',
        reviewState: 'approved',
        headRef: 'feature/pricing',
      }),
    );
    await asOnServer(w, review);
    review.pull_request.body = 'Ann’s words.';
    expect(
      (await w.job('signoff', 'pull_request_review', review, await w.newArtifactDir())).outputs
        .recorded,
    ).toBe('signoff');
  });
});
