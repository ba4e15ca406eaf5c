/**
 * The local GitHub server refuses what GitHub refuses when a pull request is opened, and lists a
 * pull request's files as GitHub does: 30 a page by default, 100 at most, at most 3,000 files.
 * Each rule's published source is named beside it in test/support/github-server.ts.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/forge/github-forge.js';
import { createOctokit } from '../../src/forge/octokit.js';
import { startGitHubServer } from '../support/github-server.js';
import type { GitHubServer } from '../support/github-server.js';

const run = promisify(execFile);
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const repo = { owner: 'acme', repo: 'widgets' };
/** More files than GitHub lists for one pull request (3,000). */
const BIG = 3_010;
const bigName = (i: number) => `pages/p${String(i).padStart(4, '0')}.md`;

let tmp: string;
let bare: string;
let server: GitHubServer;

function client(token: string): Octokit {
  return new Octokit({ baseUrl: server.url, auth: token, log: silent });
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'HttpError' });
  return error as { status: number; response: { data: unknown } };
}

/** Branches from main in one fast-import: `name` adds the files given. */
async function seed(branches: Record<string, Record<string, string>>): Promise<void> {
  const when = '1790000000 +0000';
  let text = `commit refs/heads/main\nmark :1\nauthor Ann <ann@example.com> ${when}\ncommitter Ann <ann@example.com> ${when}\ndata 5\nbase\nM 100644 inline README.md\ndata 9\n# Widget\n\n`;
  for (const [branch, files] of Object.entries(branches)) {
    text += `commit refs/heads/${branch}\nauthor Ann <ann@example.com> ${when}\ncommitter Ann <ann@example.com> ${when}\ndata ${branch.length}\n${branch}\nfrom :1\n`;
    for (const [file, content] of Object.entries(files))
      text += `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    text += '\n';
  }
  await new Promise<void>((resolve, reject) => {
    const child = execFile('git', ['--git-dir', bare, 'fast-import', '--quiet'], (error) =>
      error ? reject(error) : resolve(),
    );
    child.stdin?.end(text);
  });
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aios-pull-rules-'));
  bare = path.join(tmp, 'origin.git');
  await run('git', ['init', '--bare', '--quiet', '--initial-branch=main', bare]);
  const big: Record<string, string> = {};
  for (let i = 0; i < BIG; i++) big[bigName(i)] = `# Page ${i}\n`;
  await seed({
    'aios/one': { 'one.md': 'One\n' },
    'aios/two': { 'two.md': 'Two\n' },
    'aios/three': { 'three.md': 'Three\n' },
    'aios/four': { 'four.md': 'Four\n' },
    'aios/five': { 'five.md': 'Five\n' },
    'aios/six': { 'six.md': 'Six\n' },
    'aios/big': big,
  });
  // The default: a new repository, public, on GitHub Free, Actions not allowed to open PRs.
  server = await startGitHubServer({ ...repo, bareRepoPath: bare });
  server.addToken('ghp_ann', 'ann');
});

afterEach(() => server.assertNoViolations());

afterAll(async () => {
  await server.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('opening a pull request', () => {
  it('refuses a workflow token (403) until the repository lets Actions create pull requests', async () => {
    const job = client('ghs_workflow'); // an unregistered token acts as github-actions[bot]
    const create = () =>
      job.rest.pulls.create({ ...repo, head: 'aios/one', base: 'main', title: 'One' });
    const refused = await failure(create());
    expect(refused.status).toBe(403);
    expect(refused.response.data).toEqual({
      message: 'GitHub Actions is not permitted to create or approve pull requests.',
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      status: '403',
    });
    expect(server.state.pulls.size).toBe(0);
    // A person's token is not a workflow's: the setting does not apply to it.
    const byAnn = await client('ghp_ann').rest.pulls.create({
      ...repo,
      head: 'aios/two',
      base: 'main',
      title: 'Two',
    });
    expect(byAnn.status).toBe(201);
    // Nor is a GitHub App's installation token (the way around the setting the hint names).
    server.addToken('ghs_app', 'aios-app[bot]');
    const byApp = await client('ghs_app').rest.pulls.create({
      ...repo,
      head: 'aios/five',
      base: 'main',
      title: 'Five',
    });
    expect(byApp.data.user.login).toBe('aios-app[bot]');
    server.settings.actionsCanCreatePullRequests = true;
    try {
      const created = await create();
      expect(created.status).toBe(201);
      expect(created.data.user.login).toBe('github-actions[bot]');
    } finally {
      server.settings.actionsCanCreatePullRequests = false;
    }
  });

  it('refuses a workflow token’s approval (422) until the repository lets Actions approve pull requests', async () => {
    const pull = await client('ghp_ann').rest.pulls.create({
      ...repo,
      head: 'aios/six',
      base: 'main',
      title: 'Six',
    });
    const approve = () =>
      client('ghs_workflow').rest.pulls.createReview({
        ...repo,
        pull_number: pull.data.number,
        event: 'APPROVE',
      });
    const refused = await failure(approve());
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.response.data)).toContain(
      'GitHub Actions is not permitted to approve pull requests.',
    );
    expect(server.state.reviews.size).toBe(0);
    server.settings.actionsCanCreatePullRequests = true;
    try {
      expect((await approve()).data.state).toBe('APPROVED');
    } finally {
      server.settings.actionsCanCreatePullRequests = false;
    }
  });

  it('refuses a draft (422) on a private repository whose plan has no drafts, and only then', async () => {
    const ann = client('ghp_ann');
    const draft = () =>
      ann.rest.pulls.create({ ...repo, head: 'aios/three', base: 'main', title: 'T', draft: true });
    const pullsBefore = server.state.pulls.size;
    server.settings.private = true;
    try {
      expect((await ann.rest.repos.get(repo)).data).toMatchObject({
        private: true,
        visibility: 'private',
      });
      for (const plan of ['free', 'pro'] as const) {
        server.settings.plan = plan;
        const refused = await failure(draft());
        expect(refused.status).toBe(422);
        expect(refused.response.data).toMatchObject({
          message: 'Draft pull requests are not supported in this repository.',
        });
      }
      expect(server.state.pulls.size).toBe(pullsBefore);
      server.settings.plan = 'team';
      const created = await draft();
      expect(created.data).toMatchObject({ draft: true, head: { ref: 'aios/three' } });
      // A ready-for-review PR was never refused: only drafts need the plan.
      server.settings.plan = 'free';
      const ready = await ann.rest.pulls.create({
        ...repo,
        head: 'aios/four',
        base: 'main',
        title: 'Four',
      });
      expect(ready.data.draft).toBe(false);
    } finally {
      server.settings.private = false;
      server.settings.plan = 'free';
    }
  });
});

describe('listing a pull request’s files', () => {
  it('pages 30 at a time by default, 100 at most, and stops at 3,000 files', async () => {
    const ann = client('ghp_ann');
    const { data: pr } = await ann.rest.pulls.create({
      ...repo,
      head: 'aios/big',
      base: 'main',
      title: 'Many pages',
    });
    expect(pr.changed_files).toBe(BIG);
    const first = await ann.rest.pulls.listFiles({ ...repo, pull_number: pr.number });
    expect(first.data.map((f) => f.filename)).toEqual(
      Array.from({ length: 30 }, (_, i) => bigName(i)),
    );
    expect(first.data[0]).toMatchObject({
      status: 'added',
      additions: 1,
      deletions: 0,
      changes: 1,
      patch: '@@ -0,0 +1 @@\n+# Page 0',
    });
    // 3,000 listed at 30 a page: 100 pages, whatever the PR holds beyond.
    expect(first.headers.link).toMatch(/[?&]page=100>; rel="last"/);
    const asked = await ann.rest.pulls.listFiles({
      ...repo,
      pull_number: pr.number,
      per_page: 500,
    });
    expect(asked.data).toHaveLength(100);
    expect(asked.headers.link).toMatch(/[?&]page=30>; rel="last"/);
    const last = await ann.rest.pulls.listFiles({
      ...repo,
      pull_number: pr.number,
      per_page: 100,
      page: 30,
    });
    expect(last.data.at(-1)?.filename).toBe(bigName(2_999));
    const beyond = await ann.rest.pulls.listFiles({
      ...repo,
      pull_number: pr.number,
      per_page: 100,
      page: 31,
    });
    expect(beyond.data).toEqual([]);

    // The forge follows every page and gets GitHub's 3,000, in GitHub's order.
    const forge = createGitHubForge({
      octokit: createOctokit({ token: 'ghp_ann', baseUrl: server.url, retries: 0 }),
      owner: repo.owner,
      repo: repo.repo,
      repoDir: tmp,
      defaultBranch: 'main',
      needsHumanLabel: 'aios:needs-human',
    });
    const before = server.calls('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').length;
    const listed = await forge.pullRequestFiles(pr.number);
    expect(listed).toEqual(Array.from({ length: 3_000 }, (_, i) => bigName(i)));
    expect(
      server.calls('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').length - before,
    ).toBe(30);
  });
});
