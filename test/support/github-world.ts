import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { simpleGit } from 'simple-git';
import { runAction } from '../../src/action/run-action.js';
import { runnerIo } from '../../src/action/runner-io.js';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { parseStoredEntry } from '../../src/ledger/read-ledger.js';
import { readFolderEntries } from '../../src/ledger/read-task-folders.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { packageRoot } from '../../src/core/package-root.js';
import { startGitHubServer, type GitHubServer, type GitHubServerOptions } from './github-server.js';
import { startOllamaServer, type OllamaTestServer } from './ollama-server.js';
import { tempDir } from './temp-repo.js';
import { writeWebhookEvent } from './webhook-fixtures.js';

const execFileAsync = promisify(execFile);

export const OWNER = 'acme';
export const REPO = 'site';

/**
 * One repository's world for the GitHub path: a bare origin holding the demo site and a config
 * whose local model is a local Ollama-protocol server, a local GitHub REST server over that
 * origin, and a way to run each job of the workflow the way the runner would: a fresh clone as
 * the workspace, the event file, the inputs as INPUT_* variables, and a shared artifact folder.
 */
export interface GitHubWorld {
  readonly origin: string;
  readonly github: GitHubServer;
  readonly ollama: OllamaTestServer;
  /** Run one job; returns its exit code, outputs and log. */
  job(
    command: 'intake' | 'work' | 'deliver' | 'signoff' | 'stop',
    eventName: string,
    payload: object,
    artifactDir: string,
    extraEnv?: Record<string, string>,
    /** Check this branch out instead of the default branch (as a PR's merge checkout would). */
    checkout?: string,
  ): Promise<JobRun>;
  newArtifactDir(): Promise<string>;
  /** Every entry on origin's ledger branch, in id order. */
  ledger(): Promise<LedgerEntry[]>;
  /**
   * Save the world as it stands: origin's repository, both servers' state and, if given, an
   * artifact folder with the plan hash intake gave it. Kept until `close`.
   */
  snapshot(artifactDir?: string): Promise<WorldSnapshot>;
  /**
   * Put a snapshot back (any number of times), so that tests starting from the same jobs run
   * them once per file instead of once per test. Returns a fresh copy of the saved artifact
   * folder ('' when none was saved), with its plan hash.
   */
  restore(snapshot: WorldSnapshot): Promise<string>;
  close(): Promise<void>;
}

/** A saved world (see `GitHubWorld.snapshot`). */
export interface WorldSnapshot {
  readonly folder: string;
  readonly restoreServers: () => void;
  readonly planSha: string | undefined;
  readonly hasArtifacts: boolean;
}

export interface JobRun {
  readonly code: number;
  readonly outputs: Record<string, string>;
  readonly log: string;
  readonly summary: string;
}

export async function startGitHubWorld(
  options: {
    approvers?: string[];
    configEdit?: (text: string) => string;
    /** Repository settings (default: an installed AIOS repository, Actions may open PRs). */
    repository?: Pick<GitHubServerOptions, 'actionsCanCreatePullRequests' | 'private' | 'plan'>;
  } = {},
): Promise<GitHubWorld> {
  const ollama = await startOllamaServer({ models: ['llama3.1:8b'] });
  let config = (await readFile(defaultConfigPath(), 'utf8')).replace(
    'model: llama3.1:8b',
    `model: llama3.1:8b\n    host: ${ollama.url}`,
  );
  if (options.approvers)
    config = config.replace('  approvers: []', `  approvers: [${options.approvers.join(', ')}]`);
  if (options.configEdit) config = options.configEdit(config);
  const origin = await tempDir('aios-origin-');
  await simpleGit(origin).init(true, ['--initial-branch=main', '--quiet']);
  // GitHub never runs a `git gc --auto` inside a push; a bare origin would, once per push
  // (receive.autogc), for nothing any test reads.
  await appendFile(join(origin, 'config'), '[receive]\n\tautogc = false\n');
  await commitSite(origin, config);

  // Installing AIOS includes allowing Actions to open pull requests (README, setup): a new
  // repository on GitHub starts with it off, and the server does too.
  const github = await startGitHubServer({
    owner: OWNER,
    repo: REPO,
    bareRepoPath: origin,
    actionsCanCreatePullRequests: true,
    ...options.repository,
  });
  for (const [login, permission] of [
    ['ann', 'write'],
    ['boss', 'maintain'],
    ['mallory', 'read'],
  ] as const)
    github.addUser(login, permission);
  github.addToken('job-token', 'github-actions[bot]');

  // The workflow passes intake's output plan-sha256 to the work and deliver steps.
  const planSha = new Map<string, string>();
  // Snapshots live outside tempDir's per-test clean-up: they outlast the test that made them.
  const saved: string[] = [];
  // `cp -a` (symlinks as they are, modes and times kept): one native process costs less CPU
  // than node's recursive copy of a repository's many small files, and than a `git clone`.
  const copy = async (from: string, to: string): Promise<void> => {
    await execFileAsync('cp', ['-a', '--', `${from}/.`, to]);
  };
  /**
   * A job's workspace: a fresh clone of origin as it stands. Origin's refs decide what a clone
   * holds, and jobs often find them as an earlier job did (intake and work push nothing; tests
   * start from a restored snapshot), so a clone is kept per state of origin's refs and copied.
   */
  const clones = new Map<string, string>();
  const cloneOrigin = async (workspace: string): Promise<void> => {
    const stamp = await refsStamp(origin);
    const known = clones.get(stamp);
    if (known) return copy(known, workspace);
    const dir = join(await mkdtemp(join(tmpdir(), 'aios-world-clone-')), 'clone');
    saved.push(dirname(dir));
    await simpleGit().clone(origin, dir);
    // Kept only when origin did not move while it was cloned (jobs may run side by side).
    if ((await refsStamp(origin)) === stamp) clones.set(stamp, dir);
    await copy(dir, workspace);
  };
  return {
    origin,
    github,
    ollama,
    newArtifactDir: () => tempDir('aios-artifacts-'),
    async job(command, eventName, payload, artifactDir, extraEnv = {}, checkout) {
      const runner = await tempDir('aios-runner-');
      const workspace = join(runner, 'workspace');
      await cloneOrigin(workspace);
      if (checkout) await simpleGit(workspace).checkout(checkout);
      const eventPath = await writeWebhookEvent(runner, payload as never);
      const outputFile = join(runner, 'output');
      const summaryFile = join(runner, 'summary');
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_API_URL: github.url,
        AIOS_GITHUB_RETRIES: '0',
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: runner,
        INPUT_COMMAND: command,
        'INPUT_GITHUB-TOKEN': 'job-token',
        'INPUT_ARTIFACT-DIR': artifactDir,
        ...(command === 'work' || command === 'deliver' || command === 'stop'
          ? { 'INPUT_PLAN-SHA256': planSha.get(artifactDir) ?? '' }
          : {}),
        ...extraEnv,
      };
      let log = '';
      const code = await runAction(
        env,
        runnerIo(env, (text) => (log += text)),
      );
      const outputs = parseOutputs(await readFile(outputFile, 'utf8'));
      if (command === 'intake' && outputs['plan-sha256'])
        planSha.set(artifactDir, outputs['plan-sha256']);
      return {
        code,
        outputs,
        log,
        summary: await readFile(summaryFile, 'utf8'),
      };
    },
    async ledger() {
      // One git process (a cat-file walk of the branch's ledger/ folder), not three: tests read
      // origin's ledger after most jobs.
      const stored = await readFolderEntries(origin, 'refs/heads/aios-ledger', 'ledger');
      return stored.map(parseStoredEntry).sort((a, b) => a.id.localeCompare(b.id));
    },
    async snapshot(artifactDir) {
      const folder = await mkdtemp(join(tmpdir(), 'aios-world-snapshot-'));
      saved.push(folder);
      await copy(origin, join(folder, 'origin'));
      if (artifactDir) await copy(artifactDir, join(folder, 'artifacts'));
      return {
        folder,
        restoreServers: combine(github.snapshot(), ollama.snapshot()),
        planSha: artifactDir ? planSha.get(artifactDir) : undefined,
        hasArtifacts: artifactDir !== undefined,
      };
    },
    async restore(snapshot) {
      // The same path as before, so the servers and the config (which names both) stay valid.
      await rm(origin, { recursive: true, force: true });
      await copy(join(snapshot.folder, 'origin'), origin);
      snapshot.restoreServers();
      if (!snapshot.hasArtifacts) return '';
      const dir = await tempDir('aios-artifacts-');
      await copy(join(snapshot.folder, 'artifacts'), dir);
      if (snapshot.planSha !== undefined) planSha.set(dir, snapshot.planSha);
      return dir;
    },
    async close() {
      await github.close();
      await ollama.close();
      await Promise.all(saved.splice(0).map((f) => rm(f, { recursive: true, force: true })));
    },
  };
}

/**
 * Origin's refs as git stores them (HEAD, packed-refs and each loose ref, by name and content),
 * read without running git: the same text means a clone would hold the same branches at the
 * same commits.
 */
async function refsStamp(gitDir: string): Promise<string> {
  const one = async (rel: string) =>
    `${rel}\0${await readFile(join(gitDir, rel), 'utf8').catch(() => '-')}`;
  const refs = await readdir(join(gitDir, 'refs'), { recursive: true, withFileTypes: true });
  const files = refs
    .filter((e) => e.isFile())
    .map((e) => relative(gitDir, join(e.parentPath, e.name)));
  return (await Promise.all(['HEAD', 'packed-refs', ...files].map(one))).sort().join('\0\0');
}

function combine(...restores: (() => void)[]): () => void {
  return () => restores.forEach((r) => r());
}

/**
 * Commit the demo site and the config as `main` of the bare origin, by Acme, in one
 * `git fast-import` (what a clone, commit and push of a seed repository would leave on origin,
 * in one git process instead of eight: every test of the GitHub path starts a world).
 */
async function commitSite(origin: string, config: string): Promise<void> {
  const site = join(packageRoot(), 'examples', 'demo', 'repo');
  const files: { path: string; mode: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const mode = (await stat(full)).mode & 0o111 ? '100755' : '100644';
    files.push({ path: relative(site, full), mode, bytes: await readFile(full) });
  }
  files.push({ path: '.github/aios.yml', mode: '100644', bytes: Buffer.from(config) });
  const when = `${Math.floor(Date.now() / 1000)} +0000`;
  const parts: Buffer[] = [];
  const text = (t: string) => parts.push(Buffer.from(t));
  files.forEach((f, i) => {
    text(`blob\nmark :${i + 1}\ndata ${f.bytes.length}\n`);
    parts.push(f.bytes);
    text('\n');
  });
  text(`commit refs/heads/main\nauthor Acme <acme@example.com> ${when}\n`);
  text(`committer Acme <acme@example.com> ${when}\ndata 5\nsite\n`);
  files.forEach((f, i) => text(`M ${f.mode} :${i + 1} ${f.path}\n`));
  text('\n');
  await new Promise<void>((resolve, reject) => {
    const child = execFile(
      'git',
      ['--git-dir', origin, 'fast-import', '--quiet'],
      (error, _stdout, stderr) =>
        error ? reject(new Error(`${error.message}${stderr}`)) : resolve(),
    );
    child.stdin?.end(Buffer.concat(parts));
  });
}

/** Read GITHUB_OUTPUT as the runner does: `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1] ?? ''] = value.join('\n');
  }
  return out;
}

/** A persona answer as JSON text. */
export function answer(
  fields: {
    decision?: 'done' | 'ask' | 'decline';
    confidence?: number;
    summary?: string;
    files?: { path: string; content: string }[];
    questions?: string[];
  } = {},
): string {
  return JSON.stringify({
    decision: fields.decision ?? 'done',
    confidence: fields.confidence ?? 0.86,
    summary: fields.summary ?? 'Audited the home page.',
    files: fields.files ?? [],
    questions: fields.questions ?? [],
    declineReason: null,
  });
}

/**
 * Make a pull-request event's `pull_request` (and `review.commit_id`) what GitHub would send
 * for the PR as the world holds it now: its author (with the user's type), its body, and its
 * head sha; a review is of the head commit unless `reviewedCommit` says otherwise.
 */
export async function asOnServer<
  T extends {
    pull_request: {
      number: number;
      body: string | null;
      user: { login: string; type: string };
      head: { ref: string; sha: string };
    };
    review?: { commit_id: string };
  },
>(w: GitHubWorld, payload: T, reviewedCommit?: string): Promise<T> {
  const pr = payload.pull_request;
  const issue = w.github.state.issues.get(pr.number);
  if (!issue) throw new Error(`no PR #${pr.number} on the server`);
  const user = w.github.state.users.get(issue.user.toLowerCase());
  pr.user.login = issue.user;
  pr.user.type = user?.type ?? 'User';
  pr.body = issue.body;
  pr.head.sha = (await simpleGit(w.origin).revparse([`refs/heads/${pr.head.ref}`])).trim();
  if (payload.review) payload.review.commit_id = reviewedCommit ?? pr.head.sha;
  return payload;
}

/**
 * A world made once per test file and put back for each test that starts from it: the jobs
 * that made it run once instead of once per test, and each test still gets the world exactly
 * as they left it (`GitHubWorld.restore`). Close it in the file's `afterAll`.
 */
export function savedWorld(make: () => Promise<{ world: GitHubWorld; artifactDir?: string }>): {
  /** The world as `make` left it (made on first use), with a fresh copy of its artifacts. */
  restore(): Promise<{ w: GitHubWorld; dir: string }>;
  close(): Promise<void>;
} {
  let made: Promise<{ world: GitHubWorld; saved: WorldSnapshot }> | undefined;
  return {
    async restore() {
      made ??= make().then(async ({ world, artifactDir }) => {
        try {
          return { world, saved: await world.snapshot(artifactDir) };
        } catch (error) {
          await world.close();
          throw error;
        }
      });
      const { world, saved } = await made;
      return { w: world, dir: await world.restore(saved) };
    },
    async close() {
      const m = await made?.catch(() => undefined);
      made = undefined;
      await m?.world.close();
    },
  };
}
