/**
 * The local GitHub server answers the same whether its git data is a real bare repository or
 * in memory: the same branches and commits, made each way, give the same pull request (commits,
 * additions, deletions, changed files), the same `pulls/{n}/files` (status, counts, blob ids,
 * patches, renames; three-dot, against the merge base) and the same review-line checks. The
 * bare repository is the reference: git computes it.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../support/github-server.js';

const run = promisify(execFile);
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const repo = { owner: 'acme', repo: 'widgets' };

const lines = (n: number, change?: [number, string]) =>
  Array.from({ length: n }, (_, i) => (change && change[0] === i + 1 ? change[1] : `line ${i + 1}`))
    .map((l) => `${l}\n`)
    .join('');

/** Commits, in order: a branch that does not exist yet starts from main. */
const STEPS: { branch: string; changes: Record<string, string | null> }[] = [
  {
    branch: 'main',
    changes: {
      'README.md': '# Widget\n',
      'src/a.ts': lines(20),
      'old.md': 'Old\n',
      'move.md': 'Moves\nwith me\n',
      'keep.txt': 'a\nb',
      'empty.txt': '',
    },
  },
  {
    branch: 'feature',
    changes: {
      'src/a.ts': lines(20, [10, 'line ten']),
      'new.md': 'New\nfile\n',
      'old.md': null,
      'move.md': null,
      'moved/move.md': 'Moves\nwith me\n',
      'keep.txt': 'a\nc',
      'empty.txt': null,
    },
  },
  { branch: 'feature', changes: { 'src/a.ts': lines(21, [10, 'line ten']) } },
  // main moves on after the branch left it: not the PR's change (three-dot).
  { branch: 'main', changes: { 'README.md': '# Widget, renamed\n', 'src/b.ts': 'b\n' } },
];

async function fastImport(gitDir: string, text: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = execFile('git', ['--git-dir', gitDir, 'fast-import', '--quiet'], (error) =>
      error ? reject(error) : resolve(),
    );
    child.stdin?.end(text);
  });
}

async function branchExists(gitDir: string, branch: string): Promise<boolean> {
  const { stdout } = await run('git', [
    '--git-dir',
    gitDir,
    'for-each-ref',
    `refs/heads/${branch}`,
  ]);
  return stdout.trim() !== '';
}

/** The steps as commits in a bare repository, one fast-import each. */
async function bareWorld(dir: string): Promise<string> {
  const bare = path.join(dir, 'origin.git');
  await run('git', ['init', '--bare', '--quiet', '--initial-branch=main', bare]);
  let n = 0;
  for (const step of STEPS) {
    n += 1;
    const when = `${1_790_000_000 + n} +0000`;
    const from = (await branchExists(bare, step.branch))
      ? `refs/heads/${step.branch}`
      : (await branchExists(bare, 'main'))
        ? 'refs/heads/main'
        : undefined;
    let text = `commit refs/heads/${step.branch}\nauthor Ann <ann@example.com> ${when}\ncommitter Ann <ann@example.com> ${when}\ndata 4\nstep\n`;
    if (from) text += `from ${from}^0\n`;
    for (const [file, content] of Object.entries(step.changes))
      text +=
        content === null
          ? `D ${file}\n`
          : `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    await fastImport(bare, `${text}\n`);
  }
  return bare;
}

interface Seen {
  pull: unknown;
  files: unknown[];
  reviewLines: number[];
}

/** Open the PR feature → main and read what a client sees of it. */
async function observe(server: GitHubServer): Promise<Seen> {
  server.addUser('ann', 'write');
  server.addToken('ghp_ann', 'ann');
  server.addUser('rita', 'write');
  server.addToken('ghp_rita', 'rita');
  const ann = new Octokit({ baseUrl: server.url, auth: 'ghp_ann', log: silent });
  const { data: created } = await ann.rest.pulls.create({
    ...repo,
    head: 'feature',
    base: 'main',
    title: 'Feature',
  });
  const { data: pull } = await ann.rest.pulls.get({ ...repo, pull_number: created.number });
  const files = await ann.paginate(ann.rest.pulls.listFiles, {
    ...repo,
    pull_number: created.number,
    per_page: 2,
  });
  // Which lines of src/a.ts a review comment may sit on: those of the diff's hunks.
  const rita = new Octokit({ baseUrl: server.url, auth: 'ghp_rita', log: silent });
  const reviewLines: number[] = [];
  for (let line = 1; line <= 21; line++) {
    const ok = await rita.rest.pulls
      .createReview({
        ...repo,
        pull_number: created.number,
        event: 'COMMENT',
        comments: [{ path: 'src/a.ts', line, body: `line ${line}` }],
      })
      .then(
        () => true,
        () => false,
      );
    if (ok) reviewLines.push(line);
  }
  server.assertNoViolations();
  return {
    pull: {
      commits: pull.commits,
      additions: pull.additions,
      deletions: pull.deletions,
      changed_files: pull.changed_files,
    },
    files: files.map((f) => ({
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.changes,
      sha: f.sha,
      patch: f.patch,
      previous_filename: f.previous_filename,
    })),
    reviewLines,
  };
}

let tmp: string;
const servers: GitHubServer[] = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aios-backends-'));
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('the GitHub server’s two git backends', () => {
  it('show the same pull request, files and review lines for the same commits', async () => {
    const onBare = await startGitHubServer({ ...repo, bareRepoPath: await bareWorld(tmp) });
    servers.push(onBare);
    const inMemory = await startGitHubServer(repo);
    servers.push(inMemory);
    for (const step of STEPS) inMemory.commitFiles(step.branch, step.changes, 'step');

    const reference = await observe(onBare);
    // The reference itself, so an agreement on nothing cannot pass.
    expect(reference.pull).toEqual({ commits: 2, additions: 5, deletions: 3, changed_files: 6 });
    expect(reference.files.map((f) => (f as { status: string }).status)).toContain('renamed');
    expect(reference.reviewLines).toEqual([7, 8, 9, 10, 11, 12, 13, 18, 19, 20, 21]);

    expect(await observe(inMemory)).toEqual(reference);
  });

  it('over a bare repository, answer for a ref as git last moved it, however git moved it', async () => {
    // The server keeps what git answered for a ref while its files stay as they were: every way
    // git moves a ref (a loose file renamed over, packed, deleted, made again) must show.
    const bare = await bareWorld(await fs.mkdtemp(path.join(tmp, 'refs-')));
    const server = await startGitHubServer({ ...repo, bareRepoPath: bare });
    servers.push(server);
    server.addToken('ghp_ann', 'ann');
    const ann = new Octokit({ baseUrl: server.url, auth: 'ghp_ann', log: silent });
    const git = async (...args: string[]) =>
      (await run('git', ['--git-dir', bare, ...args])).stdout.trim();
    const seen = async () =>
      ann.rest.git.getRef({ ...repo, ref: 'heads/feature' }).then(
        (r) => r.data.object.sha,
        (e: { status?: number }) => e.status,
      );
    const [main, feature] = [await git('rev-parse', 'main'), await git('rev-parse', 'feature')];
    expect(main).not.toBe(feature);

    expect(await seen()).toBe(feature);
    await git('update-ref', 'refs/heads/feature', main);
    expect(await seen()).toBe(main);
    await git('pack-refs', '--all', '--prune');
    expect(await seen()).toBe(main);
    await git('update-ref', 'refs/heads/feature', feature);
    expect(await seen()).toBe(feature);
    await git('pack-refs', '--all', '--prune');
    expect(await seen()).toBe(feature);
    // Only packed-refs holds it now: deleting it rewrites that file alone.
    await git('update-ref', '-d', 'refs/heads/feature');
    expect(await seen()).toBe(404);
    await git('update-ref', 'refs/heads/feature', main);
    expect(await seen()).toBe(main);
    await git('update-ref', '-d', 'refs/heads/feature');
    expect(await seen()).toBe(404);
    server.assertNoViolations();
  });

  it('in memory, refuses loudly to list the files of a branch set to a sha it never made', async () => {
    const server = await startGitHubServer(repo);
    servers.push(server);
    server.addToken('ghp_ann', 'ann');
    server.setBranch('opaque', 'f'.repeat(40));
    const ann = new Octokit({ baseUrl: server.url, auth: 'ghp_ann', log: silent });
    const { data: pr } = await ann.rest.pulls.create({
      ...repo,
      head: 'opaque',
      base: 'main',
      title: 'Opaque',
    });
    const error = await ann.rest.pulls.listFiles({ ...repo, pull_number: pr.number }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 500 });
    expect(server.takeViolations()).toEqual([
      expect.objectContaining({
        kind: 'server-error',
        message: expect.stringMatching(/holds no files/),
      }),
    ]);
  });

  it('in memory, refuses loudly to diff a branch against a base it shares no history with', async () => {
    const server = await startGitHubServer(repo);
    servers.push(server);
    server.addToken('ghp_ann', 'ann');
    server.commitFiles('feature', { 'a.md': 'A\n' });
    // main set to a sha no commit here made: git finds no merge base (`fatal: no merge base`).
    server.setBranch('main', 'e'.repeat(40));
    const ann = new Octokit({ baseUrl: server.url, auth: 'ghp_ann', log: silent });
    const { data: pr } = await ann.rest.pulls.create({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 'Unrelated',
    });
    const error = await ann.rest.pulls.listFiles({ ...repo, pull_number: pr.number }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 500 });
    expect(server.takeViolations()).toEqual([
      expect.objectContaining({
        kind: 'server-error',
        message: expect.stringMatching(/no history in common/),
      }),
    ]);
  });

  it('refuse a pull request between branches with no history in common, as GitHub does (422)', async () => {
    // Two root commits: main and an orphan branch that never left it.
    const bare = path.join(tmp, 'unrelated.git');
    await run('git', ['init', '--bare', '--quiet', '--initial-branch=main', bare]);
    for (const [branch, file] of [
      ['main', 'README.md'],
      ['orphan', 'other.md'],
    ] as const) {
      const when = '1790000000 +0000';
      await fastImport(
        bare,
        `commit refs/heads/${branch}\nauthor Ann <ann@example.com> ${when}\ncommitter Ann <ann@example.com> ${when}\ndata 4\nroot\nM 100644 inline ${file}\ndata 2\nx\n\n`,
      );
    }
    const onBare = await startGitHubServer({ ...repo, bareRepoPath: bare });
    const inMemory = await startGitHubServer(repo);
    servers.push(onBare, inMemory);
    inMemory.commitFiles('orphan', { 'other.md': 'x\n' }, 'root', { root: true });
    for (const server of [onBare, inMemory]) {
      server.addToken('ghp_ann', 'ann');
      const ann = new Octokit({ baseUrl: server.url, auth: 'ghp_ann', log: silent });
      const error = await ann.rest.pulls
        .create({ ...repo, head: 'orphan', base: 'main', title: 'Unrelated' })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toMatchObject({
        status: 422,
        response: {
          data: {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'PullRequest',
                code: 'custom',
                message: 'The orphan branch has no history in common with main',
              },
            ],
          },
        },
      });
      expect(server.calls('POST /repos/{owner}/{repo}/pulls')).toHaveLength(1);
      server.assertNoViolations();
    }
  });
});
