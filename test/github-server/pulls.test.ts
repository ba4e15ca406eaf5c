import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { simpleGit } from 'simple-git';
import type { SimpleGit } from 'simple-git';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer } from '../support/github-server.js';
import type { GitHubServer } from '../support/github-server.js';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const repo = { owner: 'acme', repo: 'widgets' };
const WIDGET = Array.from({ length: 20 }, (_, i) => `export const line${i + 1} = ${i + 1};`).join(
  '\n',
);

let tmp: string;
let bare: string;
let work: SimpleGit;
let server: GitHubServer;

function client(token = 'ghs_pipeline'): Octokit {
  return new Octokit({ baseUrl: server.url, auth: token, log: silent });
}

/** What @octokit/request throws for an HTTP failure (its RequestError, duck-typed). */
interface HttpFailure {
  status: number;
  message: string;
  response?: { data: unknown; headers: Record<string, string | undefined> };
}

async function failure(promise: Promise<unknown>): Promise<HttpFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'HttpError', status: expect.any(Number) });
  return error as HttpFailure;
}

/** Commit `files` on a new branch from main in the working clone and push it. */
async function pushBranch(branch: string, files: Record<string, string>): Promise<string> {
  await work.checkout('main');
  await work.checkoutLocalBranch(branch);
  for (const [file, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(tmp, 'work', file)), { recursive: true });
    await fs.writeFile(path.join(tmp, 'work', file), content);
  }
  await work.add('.');
  if (Object.keys(files).length > 0) await work.commit(`Change for ${branch}`);
  await work.push('origin', branch);
  return (await work.revparse(['HEAD'])).trim();
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aios-github-server-'));
  bare = path.join(tmp, 'remote.git');
  await simpleGit(tmp).raw(['init', '--bare', '--initial-branch=main', bare]);
  await simpleGit(tmp).clone(bare, path.join(tmp, 'work'));
  work = simpleGit(path.join(tmp, 'work'));
  await work.addConfig('user.name', 'AIOS Test');
  await work.addConfig('user.email', 'aios-test@example.com');
  await work.addConfig('commit.gpgsign', 'false');
  await work.checkoutLocalBranch('main');
  await fs.mkdir(path.join(tmp, 'work', 'src'));
  await fs.writeFile(path.join(tmp, 'work', 'README.md'), '# widgets\n');
  await fs.writeFile(path.join(tmp, 'work', 'src', 'widget.ts'), `${WIDGET}\n`);
  await work.add('.');
  await work.commit('Initial commit');
  await work.push('origin', 'main');

  // The pipeline's token is a workflow token: its repository lets Actions open pull requests.
  server = await startGitHubServer({
    ...repo,
    bareRepoPath: bare,
    actionsCanCreatePullRequests: true,
  });
  server.addUser('reviewer', 'write');
  server.addUser('outsider', 'none');
  server.addToken('ghp_reviewer', 'reviewer');
});

afterEach(() => server.assertNoViolations());

afterAll(async () => {
  await server.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('pull requests against a real bare repository', () => {
  it('opens a draft PR for a pushed branch, numbered from the shared issue counter', async () => {
    const issue = server.addIssue({ title: 'Make line 3 better', labels: ['aios'] });
    const changed = WIDGET.replace('line3 = 3', 'line3 = 33') + '\nexport const line21 = 21;';
    const sha = await pushBranch(`aios/issue-${issue.number}`, { 'src/widget.ts': `${changed}\n` });
    const octokit = client();

    const created = await octokit.rest.pulls.create({
      ...repo,
      head: `aios/issue-${issue.number}`,
      base: 'main',
      title: `AIOS: ${issue.title}`,
      body: `Closes #${issue.number}`,
      draft: true,
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(
      `${server.url}/repos/acme/widgets/pulls/${created.data.number}`,
    );
    expect(created.data).toMatchObject({
      number: issue.number + 1,
      draft: true,
      state: 'open',
      merged: false,
      mergeable: null,
      commits: 1,
      additions: 2,
      deletions: 1,
      changed_files: 1,
      head: { ref: `aios/issue-${issue.number}`, sha, label: `acme:aios/issue-${issue.number}` },
      base: { ref: 'main' },
    });
    expect(created.data.user.login).toBe('github-actions[bot]');

    const again = await octokit.rest.pulls.get({ ...repo, pull_number: created.data.number });
    expect(again.data).toMatchObject({ mergeable: true, mergeable_state: 'draft' });
    const asIssue = await octokit.rest.issues.get({ ...repo, issue_number: created.data.number });
    expect(asIssue.data.pull_request?.html_url).toBe(
      `https://github.com/acme/widgets/pull/${created.data.number}`,
    );

    const ref = await octokit.rest.git.getRef({ ...repo, ref: `heads/aios/issue-${issue.number}` });
    expect(ref.data).toMatchObject({
      ref: `refs/heads/aios/issue-${issue.number}`,
      object: { sha, type: 'commit' },
    });
    const branch = await octokit.rest.repos.getBranch({
      ...repo,
      branch: `aios/issue-${issue.number}`,
    });
    expect(branch.data.commit.sha).toBe(sha);
    expect(branch.data.commit.commit.message).toBe(`Change for aios/issue-${issue.number}`);
    const branches = await octokit.rest.repos.listBranches(repo);
    expect(branches.data.map((b) => b.name)).toEqual(['aios/issue-1', 'main']);

    // A later push moves the PR head, as on GitHub.
    await work.checkout(`aios/issue-${issue.number}`);
    await fs.writeFile(path.join(tmp, 'work', 'NOTES.md'), 'more\n');
    await work.add('.');
    await work.commit('Follow-up');
    await work.push('origin', `aios/issue-${issue.number}`);
    const moved = await octokit.rest.pulls.get({ ...repo, pull_number: created.data.number });
    expect(moved.data.head.sha).toBe((await work.revparse(['HEAD'])).trim());
    expect(moved.data.commits).toBe(2);
  });

  it('fails with 422 like GitHub for a missing head branch, a duplicate and an empty branch', async () => {
    const octokit = client();
    const missing = await failure(
      octokit.rest.pulls.create({ ...repo, head: 'aios/issue-404', base: 'main', title: 'x' }),
    );
    expect(missing.status).toBe(422);
    expect(missing.response?.data).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      status: '422',
    });

    const duplicate = await failure(
      octokit.rest.pulls.create({
        ...repo,
        head: 'acme:aios/issue-1',
        base: 'main',
        title: 'again',
      }),
    );
    expect(duplicate.status).toBe(422);
    expect(duplicate.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for acme:aios/issue-1.',
        },
      ],
    });

    await pushBranch('aios/empty', {});
    const empty = await failure(
      octokit.rest.pulls.create({ ...repo, head: 'aios/empty', base: 'main', title: 'e' }),
    );
    expect(empty.response?.data).toMatchObject({
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'No commits between main and aios/empty',
        },
      ],
    });
    expect(server.state.pulls.size).toBe(1);
  });

  it('lists pulls by head (owner:branch), state and base', async () => {
    const octokit = client();
    await pushBranch('aios/issue-50', { 'src/fifty.ts': 'export const fifty = 50;\n' });
    const second = await octokit.rest.pulls.create({
      ...repo,
      head: 'aios/issue-50',
      base: 'main',
      title: 'fifty',
    });

    const byHead = await octokit.rest.pulls.list({ ...repo, head: 'acme:aios/issue-50' });
    expect(byHead.data.map((p) => p.number)).toEqual([second.data.number]);
    expect(byHead.data[0]?.head.ref).toBe('aios/issue-50');
    expect(
      (await octokit.rest.pulls.list({ ...repo, head: 'someone-else:aios/issue-50' })).data,
    ).toEqual([]);
    // GitHub ignores a head filter without the owner prefix and lists everything.
    expect((await octokit.rest.pulls.list({ ...repo, head: 'aios/issue-50' })).data).toHaveLength(
      2,
    );
    expect((await octokit.rest.pulls.list({ ...repo, base: 'develop' })).data).toEqual([]);

    await octokit.rest.pulls.update({ ...repo, pull_number: second.data.number, state: 'closed' });
    expect((await octokit.rest.pulls.list({ ...repo, head: 'acme:aios/issue-50' })).data).toEqual(
      [],
    );
    const closed = await octokit.rest.pulls.list({
      ...repo,
      head: 'acme:aios/issue-50',
      state: 'closed',
    });
    expect(closed.data.map((p) => [p.number, p.state])).toEqual([[second.data.number, 'closed']]);
    // Only open PRs block a new one for the same head.
    const third = await octokit.rest.pulls.create({
      ...repo,
      head: 'aios/issue-50',
      base: 'main',
      title: 'again',
    });
    expect(third.status).toBe(201);
  });

  it('requests reviewers and refuses the author and non-collaborators', async () => {
    const octokit = client();
    const pullNumber = [...server.state.pulls.values()][0]?.number ?? 0;
    const requested = await octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number: pullNumber,
      reviewers: ['reviewer'],
    });
    expect(requested.status).toBe(201);
    expect(requested.data.requested_reviewers?.map((u) => u.login)).toEqual(['reviewer']);
    const listed = await octokit.rest.pulls.listRequestedReviewers({
      ...repo,
      pull_number: pullNumber,
    });
    expect(listed.data.users.map((u) => u.login)).toEqual(['reviewer']);

    const outsider = await failure(
      octokit.rest.pulls.requestReviewers({
        ...repo,
        pull_number: pullNumber,
        reviewers: ['outsider'],
      }),
    );
    expect(outsider.status).toBe(422);
    expect((outsider.response?.data as { message: string }).message).toMatch(
      /^Reviews may only be requested from collaborators/,
    );
    const author = await failure(
      octokit.rest.pulls.requestReviewers({
        ...repo,
        pull_number: pullNumber,
        reviewers: ['github-actions[bot]'],
      }),
    );
    expect((author.response?.data as { message: string }).message).toBe(
      'Review cannot be requested from pull request author.',
    );
  });

  it('records reviews with line comments, checks lines against the real diff, and approval', async () => {
    const pullNumber = [...server.state.pulls.values()][0]?.number ?? 0;
    const reviewer = client('ghp_reviewer');

    const changes = await reviewer.rest.pulls.createReview({
      ...repo,
      pull_number: pullNumber,
      event: 'REQUEST_CHANGES',
      body: 'Almost.',
      comments: [{ path: 'src/widget.ts', line: 3, side: 'RIGHT', body: 'Why 33?' }],
    });
    expect(changes.data).toMatchObject({ state: 'CHANGES_REQUESTED', body: 'Almost.' });
    expect(changes.data.user?.login).toBe('reviewer');

    const comments = await reviewer.rest.pulls.listReviewComments({
      ...repo,
      pull_number: pullNumber,
    });
    expect(comments.data).toHaveLength(1);
    expect(comments.data[0]).toMatchObject({
      path: 'src/widget.ts',
      line: 3,
      side: 'RIGHT',
      body: 'Why 33?',
    });
    expect(comments.data[0]?.diff_hunk).toMatch(
      /^@@ -1,6 \+1,6 @@[\s\S]*\+export const line3 = 33;$/,
    );

    const badLine = await failure(
      reviewer.rest.pulls.createReview({
        ...repo,
        pull_number: pullNumber,
        event: 'COMMENT',
        comments: [{ path: 'src/widget.ts', line: 12, body: 'not in the diff' }],
      }),
    );
    expect(badLine.status).toBe(422);
    expect(badLine.response?.data).toMatchObject({
      message: 'Unprocessable Entity',
      errors: [
        "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank",
      ],
    });
    const badPath = await failure(
      reviewer.rest.pulls.createReview({
        ...repo,
        pull_number: pullNumber,
        event: 'COMMENT',
        comments: [{ path: 'README.md', line: 1, body: 'unchanged file' }],
      }),
    );
    expect(badPath.response?.data).toMatchObject({
      errors: [
        "Pull request review thread path is invalid and Pull request review thread diff hunk can't be blank",
      ],
    });

    const multiLine = await reviewer.rest.pulls.createReview({
      ...repo,
      pull_number: pullNumber,
      event: 'COMMENT',
      comments: [{ path: 'src/widget.ts', start_line: 2, line: 4, body: 'this block' }],
    });
    expect(multiLine.data.state).toBe('COMMENTED');
    const acrossHunks = await failure(
      reviewer.rest.pulls.createReview({
        ...repo,
        pull_number: pullNumber,
        event: 'COMMENT',
        comments: [{ path: 'src/widget.ts', start_line: 3, line: 20, body: 'two hunks' }],
      }),
    );
    expect(acrossHunks.response?.data).toMatchObject({
      errors: ['Pull request review thread start line must be part of the same hunk as the line.'],
    });

    const ownApproval = await failure(
      client().rest.pulls.createReview({ ...repo, pull_number: pullNumber, event: 'APPROVE' }),
    );
    expect(ownApproval.response?.data).toMatchObject({
      errors: ['Can not approve your own pull request'],
    });

    const approved = await reviewer.rest.pulls.createReview({
      ...repo,
      pull_number: pullNumber,
      event: 'APPROVE',
    });
    expect(approved.data.state).toBe('APPROVED');
    const reviews = await reviewer.rest.pulls.listReviews({ ...repo, pull_number: pullNumber });
    expect(reviews.data.map((r) => [r.user?.login, r.state])).toEqual([
      ['reviewer', 'CHANGES_REQUESTED'],
      ['reviewer', 'COMMENTED'],
      ['reviewer', 'APPROVED'],
    ]);
    // Submitting a review answers the review request.
    const stillRequested = await reviewer.rest.pulls.listRequestedReviewers({
      ...repo,
      pull_number: pullNumber,
    });
    expect(stillRequested.data.users).toEqual([]);
    expect(
      server.calls('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews').map((c) => c.login),
    ).toEqual([...Array<string>(5).fill('reviewer'), 'github-actions[bot]', 'reviewer']);
  });

  it('reads diffs whose removed lines look like file headers', async () => {
    const octokit = client();
    // A removed "-- note" line prints as "--- note" in the diff.
    await pushBranch('aios/sql', {
      'db/schema.sql': 'SELECT 1;\n',
      'db/seed.sql': '-- seed\nINSERT 1;\n',
    });
    await work.checkout('aios/sql');
    await work.checkoutLocalBranch('aios/sql-2');
    await fs.writeFile(path.join(tmp, 'work', 'db', 'seed.sql'), 'INSERT 1;\nINSERT 2;\n');
    await work.add('.');
    await work.commit('Drop the note');
    await work.push('origin', 'aios/sql-2');
    const pr = await octokit.rest.pulls.create({
      ...repo,
      head: 'aios/sql-2',
      base: 'aios/sql',
      title: 'sql',
    });
    expect(pr.data).toMatchObject({ changed_files: 1, additions: 1, deletions: 1 });
    const review = await client('ghp_reviewer').rest.pulls.createReview({
      ...repo,
      pull_number: pr.data.number,
      event: 'COMMENT',
      comments: [{ path: 'db/seed.sql', line: 2, body: 'second insert' }],
    });
    expect(review.data.state).toBe('COMMENTED');
  });

  it('merges as the merge box does: a real merge commit on the base, a draft refused first', async () => {
    const pullNumber = [...server.state.pulls.values()][0]?.number ?? 0;
    const pull = server.state.pulls.get(pullNumber);
    const main = (await simpleGit(bare).revparse(['refs/heads/main'])).trim();
    const head = (await simpleGit(bare).revparse([`refs/heads/${pull?.head ?? ''}`])).trim();
    await expect(server.mergePullRequest(pullNumber, 'reviewer')).rejects.toThrow(/still a draft/);
    server.markReadyForReview(pullNumber);
    const merge = await server.mergePullRequest(pullNumber, 'reviewer');
    const { data } = await client().rest.pulls.get({ ...repo, pull_number: pullNumber });
    expect(data).toMatchObject({
      state: 'closed',
      merged: true,
      merged_by: { login: 'reviewer' },
      merge_commit_sha: merge,
    });
    expect(data.merged_at).not.toBeNull();
    // main now is the merge commit: main's old tip and the PR's head as its parents.
    const git = simpleGit(bare);
    expect((await git.revparse(['refs/heads/main'])).trim()).toBe(merge);
    expect((await git.raw(['rev-list', '--parents', '-n', '1', merge])).trim()).toBe(
      `${merge} ${main} ${head}`,
    );
    expect(await git.raw(['log', '-1', '--format=%s%n%cn', merge])).toBe(
      `Merge pull request #${pullNumber} from acme/${pull?.head ?? ''}\nGitHub\n`,
    );
    await expect(server.mergePullRequest(pullNumber, 'reviewer')).rejects.toThrow(/not mergeable/);
  });
});
