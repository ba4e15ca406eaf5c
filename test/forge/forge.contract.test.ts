/**
 * The Forge contract, run against every implementation: the local forge (a branch in a local
 * repository, the draft PR as a file), the GitHub forge over Octokit against the local GitHub
 * server and a bare origin, and the in-memory forge the unit tests use. What the pipeline
 * relies on: a delivery commits exactly its files on the task branch on top of the default
 * branch, a repeated delivery makes no new commit and no second PR, a changed one adds a commit
 * and updates the one PR, and a question reaches a person with its reason and every question.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load-config.js';
import type { Plan } from '../../src/core/plan.js';
import type { Task } from '../../src/core/task.js';
import { ForgeError } from '../../src/core/errors.js';
import type { Delivery, Forge, RepoForge } from '../../src/forge/forge.js';
import { commitFiles } from '../../src/git/commit-files.js';
import { createGitHubForge } from '../../src/forge/github-forge.js';
import { createLocalForge } from '../../src/forge/local-forge.js';
import { createOctokit } from '../../src/forge/octokit.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { route } from '../../src/routing/router.js';
import { startGitHubServer } from '../support/github-server.js';
import { MemoryForge } from '../support/memory-forge.js';
import { repoWithOrigin, tempDir, tempRepo } from '../support/temp-repo.js';

const BASE = { 'README.md': '# Site\n' };

/** A forge and how to look at what it did, from outside the forge. */
interface ForgeUnderTest {
  readonly forge: Forge;
  /** The files at the tip of a branch (every file, not only the delivered ones). */
  files(branch: string): Promise<Record<string, string>>;
  /** The draft PRs on a branch, as a person sees them. */
  pulls(branch: string): Promise<{ title: string; body: string }[]>;
  /** The question a person sees for the task. */
  question(task: Task): Promise<string>;
  /** For a forge with pull requests (RepoForge): the forge, and a way to move main on. */
  readonly repo?: {
    readonly forge: RepoForge;
    advanceMain(files: Record<string, string>): Promise<void>;
  };
  close(): Promise<void>;
}

/** Every file of a commit, read with git. */
async function gitFiles(repoDir: string, rev: string): Promise<Record<string, string>> {
  const git = simpleGit(repoDir);
  const names = (await git.raw(['ls-tree', '-r', '--name-only', rev])).trim().split('\n');
  const out: Record<string, string> = {};
  for (const name of names.filter(Boolean)) out[name] = await git.show([`${rev}:${name}`]);
  return out;
}

const implementations: [string, () => Promise<ForgeUnderTest>][] = [
  [
    'local forge',
    async () => {
      const repoDir = await tempRepo(BASE);
      return {
        forge: createLocalForge({ repoDir }),
        files: (branch) => gitFiles(repoDir, `refs/heads/${branch}`),
        async pulls() {
          const text = await readFile(join(repoDir, '.aios', 'pulls', 'acme.site.7.md'), 'utf8');
          const end = text.indexOf('---\n', 4);
          const front = parse(text.slice(4, end)) as { title: string };
          return [{ title: front.title, body: text.slice(end + 4) }];
        },
        question: (task) => readFile(join(repoDir, '.aios', 'questions', `${task.key}.md`), 'utf8'),
        close: async () => undefined,
      };
    },
  ],
  [
    'GitHub forge over the local GitHub server',
    async () => {
      const { origin } = await repoWithOrigin(BASE);
      const github = await startGitHubServer({
        owner: 'acme',
        repo: 'site',
        bareRepoPath: origin,
        actionsCanCreatePullRequests: true,
      });
      github.addToken('job-token', 'github-actions[bot]');
      github.addUser('ann', 'write');
      github.addIssue({ title: 'Write the post', user: 'ann', labels: ['aios'] }); // #1
      const repoDir = await tempDir('aios-checkout-');
      await simpleGit().clone(origin, repoDir);
      const forge = createGitHubForge({
        octokit: createOctokit({ token: 'job-token', baseUrl: github.url, retries: 0 }),
        owner: 'acme',
        repo: 'site',
        repoDir,
        defaultBranch: 'main',
        needsHumanLabel: 'aios:needs-human',
      });
      return {
        forge,
        repo: {
          forge,
          async advanceMain(files) {
            const main = (await simpleGit(origin).revparse(['refs/heads/main'])).trim();
            await commitFiles(origin, {
              ref: 'refs/heads/main',
              parent: main,
              files: Object.entries(files).map(([path, content]) => ({ path, content })),
              message: 'main moves on\n',
              author: { name: 'Ann', email: 'ann@example.com' },
              time: 1_790_000_000,
            });
          },
        },
        files: (branch) => gitFiles(origin, `refs/heads/${branch}`),
        async pulls(branch) {
          return [...github.state.pulls.values()]
            .filter((p) => p.head === branch)
            .map((p) => {
              const issue = github.state.issues.get(p.number);
              return { title: issue?.title ?? '', body: issue?.body ?? '' };
            });
        },
        async question(task) {
          const n = task.source.type === 'issue' ? task.source.number : 0;
          // What a person reads: the forge neutralises model text with Markdown backslash
          // escapes, which render as the bare character (CommonMark 0.31 §2.4: any ASCII
          // punctuation after a backslash is literal).
          return [...github.state.comments.values()]
            .filter((c) => c.issueNumber === n)
            .map((c) => c.body.replace(/\\([!-/:-@[-`{-~])/g, '$1'))
            .join('\n');
        },
        async close() {
          github.assertNoViolations();
          await github.close();
        },
      };
    },
  ],
  [
    'memory forge',
    async () => {
      const forge = new MemoryForge('acme', 'site', BASE);
      return {
        forge,
        repo: { forge, advanceMain: async (files) => void forge.advanceMain(files) },
        files: async (branch) => Object.fromEntries(forge.filesOn(branch) ?? []),
        pulls: async (branch) =>
          [...forge.pulls.values()]
            .filter((p) => p.headRef === branch)
            .map((p) => ({ title: p.title, body: p.body })),
        question: async (task) =>
          forge.questions
            .filter((q) => q.task.id === task.id)
            .map((q) => [q.reason, ...q.questions].join('\n'))
            .join('\n'),
        close: async () => undefined,
      };
    },
  ],
];

const loaded = await loadConfig();
const task = buildTask({
  id: 'acme/site#7',
  source: {
    type: 'issue',
    owner: 'acme',
    repo: 'site',
    number: 1,
    url: 'https://x/1',
    isPullRequest: false,
  },
  title: 'Write the post',
  body: 'A post about the launch.',
  labels: ['aios', 'blog'],
  requestedBy: 'ann',
  receivedAt: new Date('2026-11-01T00:00:00Z'),
});
const decided = route({ task, config: loaded.config, configHash: loaded.hash });
if (decided.type !== 'route') throw new Error('the blog task should route');
const plan: Plan = decided.plan;

function delivery(files: Record<string, string>, body = 'First draft.'): Delivery {
  return {
    task,
    plan,
    branch: 'aios/issue-1',
    files: Object.entries(files).map(([path, content]) => ({ path, content })),
    commitMessage: 'AIOS: write the post\n\nAIOS-Task: acme/site#7\n',
    pr: { title: 'AIOS draft: Write the post', body },
    reviewers: [],
    time: new Date('2026-11-01T10:00:00Z'),
  };
}

describe.each(implementations)('Forge contract: %s', (_name, make) => {
  it('commits the files on the task branch on top of the default branch and opens one draft PR', async () => {
    const f = await make();
    try {
      const result = await f.forge.deliver(delivery({ 'posts/launch.md': '# Launch\n' }));
      expect(result).toMatchObject({ branch: 'aios/issue-1', committed: true });
      expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(result.pr.created).toBe(true);
      expect(await f.files('aios/issue-1')).toEqual({ ...BASE, 'posts/launch.md': '# Launch\n' });
      expect(await f.pulls('aios/issue-1')).toEqual([
        { title: 'AIOS draft: Write the post', body: expect.stringContaining('First draft.') },
      ]);
    } finally {
      await f.close();
    }
  });

  it('makes no new commit and no second PR when the branch already holds the work', async () => {
    const f = await make();
    try {
      const first = await f.forge.deliver(delivery({ 'posts/launch.md': '# Launch\n' }));
      const again = await f.forge.deliver(delivery({ 'posts/launch.md': '# Launch\n' }));
      expect(again).toMatchObject({ commit: first.commit, committed: false });
      expect(again.pr).toMatchObject({ created: false, url: first.pr.url });
      expect(await f.pulls('aios/issue-1')).toHaveLength(1);
    } finally {
      await f.close();
    }
  });

  it('adds a commit for changed work and updates the one PR in place', async () => {
    const f = await make();
    try {
      const first = await f.forge.deliver(delivery({ 'posts/launch.md': '# Launch\n' }));
      const second = await f.forge.deliver(
        delivery({ 'posts/launch.md': '# Launch, revised\n' }, 'Second draft.'),
      );
      expect(second.committed).toBe(true);
      expect(second.commit).not.toBe(first.commit);
      expect(second.pr).toMatchObject({ created: false, url: first.pr.url });
      expect(await f.files('aios/issue-1')).toEqual({
        ...BASE,
        'posts/launch.md': '# Launch, revised\n',
      });
      expect(await f.pulls('aios/issue-1')).toEqual([
        { title: 'AIOS draft: Write the post', body: expect.stringContaining('Second draft.') },
      ]);
    } finally {
      await f.close();
    }
  });

  it('puts a question to a person with its reason and every question', async () => {
    const f = await make();
    try {
      const asked = await f.forge.ask({
        task,
        stage: 'work',
        reason: 'The editor persona needs more information.',
        questions: ['Which audience?', 'How long?'],
      });
      expect(asked.url).toEqual(expect.any(String));
      const seen = await f.question(task);
      for (const text of [
        'The editor persona needs more information.',
        'Which audience?',
        'How long?',
      ])
        expect(seen).toContain(text);
    } finally {
      await f.close();
    }
  });
});

/** The GitHub-shaped part of the contract, where a forge has pull requests. */
const withPulls = implementations.filter(([name]) => name !== 'local forge');

describe.each(withPulls)('RepoForge contract: %s', (_name, make) => {
  it('lists the files a PR changes since it left main, not what main did after (three-dot)', async () => {
    const f = await make();
    try {
      if (!f.repo) throw new Error('this forge has no pull requests');
      const { pr } = await f.forge.deliver(
        delivery({ 'posts/launch.md': '# Launch\n', 'posts/notes.md': 'Notes\n' }),
      );
      if (pr.number === undefined) throw new Error('a forge with pull requests numbers them');
      expect(await f.repo.forge.pullRequestFiles(pr.number)).toEqual([
        'posts/launch.md',
        'posts/notes.md',
      ]);
      // main changes a file the PR never touched and adds another: neither is the PR's change
      // (a two-dot diff against main's tip would list both).
      await f.repo.advanceMain({ 'README.md': '# Site, renamed\n', 'about.md': 'About\n' });
      expect(await f.repo.forge.pullRequestFiles(pr.number)).toEqual([
        'posts/launch.md',
        'posts/notes.md',
      ]);
    } finally {
      await f.close();
    }
  });

  it('keeps a closed PR: its files still listed, no longer the branch’s PR, a new delivery opens another', async () => {
    const f = await make();
    try {
      if (!f.repo) throw new Error('this forge has no pull requests');
      const first = await f.forge.deliver(delivery({ 'posts/launch.md': '# Launch\n' }));
      const number = first.pr.number;
      if (number === undefined) throw new Error('a forge with pull requests numbers them');
      await f.repo.forge.closePullRequest(number);
      expect(await f.repo.forge.pullRequestForBranch('aios/issue-1')).toBeUndefined();
      expect(await f.repo.forge.pullRequestFiles(number)).toEqual(['posts/launch.md']);
      const again = await f.forge.deliver(delivery({ 'posts/launch.md': '# Launch, v2\n' }));
      expect(again.pr.created).toBe(true);
      expect(again.pr.number).not.toBe(number);
      expect(await f.repo.forge.pullRequestForBranch('aios/issue-1')).toMatchObject({
        number: again.pr.number,
      });
    } finally {
      await f.close();
    }
  });

  it('refuses an unknown PR as GitHub does (404), rather than listing nothing', async () => {
    const f = await make();
    try {
      if (!f.repo) throw new Error('this forge has no pull requests');
      const refused = await f.repo.forge.pullRequestFiles(4242).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(ForgeError);
      expect(refused).toMatchObject({ status: 404, retryable: false });
    } finally {
      await f.close();
    }
  });
});
