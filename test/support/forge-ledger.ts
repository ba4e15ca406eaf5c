/**
 * A repository whose ledger records PRs on the local GitHub server: N task branches (one commit
 * each, pushed to a bare origin), one PR per task on the server, approved by `boss`, and merged,
 * closed or left open in turn; a ledger whose `delivered`, `signoff` and `outcome` entries say
 * exactly that, written in one fast-import commit (entries built by the schema and chained as
 * the store chains them). Used by the `--forge` tests and bench/ledger-verify-forge.bench.mjs.
 */
import { simpleGit } from 'simple-git';
import { steppingClock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import {
  LEDGER_SCHEMA,
  LedgerEntry,
  serializeEntry,
  type LedgerDraft,
} from '../../src/core/ledger-entry.js';
import { taskKey } from '../../src/core/task.js';
import { commitFiles } from '../../src/git/commit-files.js';
import { entryPath, taskFolder } from '../../src/ledger/ledger-layout.js';
import { startGitHubServer, type GitHubServer } from './github-server.js';
import { attempt, planned } from './ledger-drafts.js';
import { repoWithOrigin } from './temp-repo.js';

export const OWNER = 'acme';
export const REPO = 'site';
export const LEDGER_REF = 'refs/heads/aios-ledger';

export interface ForgeLedger {
  /** The clone the ledger and the task branches are in. */
  readonly dir: string;
  readonly github: GitHubServer;
  /** Environment for `aios ledger verify --forge` against the server. */
  readonly env: Record<string, string>;
  readonly tasks: { task: string; pr: number; commit: string; fate: Fate }[];
  close(): Promise<void>;
}

type Fate = 'merged' | 'closed' | 'open';
const FATES: Fate[] = ['merged', 'closed', 'open'];

function base(task: string) {
  const p = planned(task) as Extract<LedgerDraft, { event: 'planned' }>;
  return { task, work: p.work, rule: p.rule };
}

/** The drafts of one task as the GitHub path writes them, PR number and commit included. */
export function taskDrafts(task: string, pr: number, commit: string, fate: Fate): LedgerDraft[] {
  const ref = `${OWNER}/${REPO}#${pr}`;
  const plan = planned(task) as Extract<LedgerDraft, { event: 'planned' }>;
  const drafts: LedgerDraft[] = [
    { ...plan, data: { ...plan.data, source: ref } },
    attempt(task, 1),
    {
      ...base(task),
      event: 'delivered',
      actor: { type: 'system', component: 'deliver' },
      estimate: { minutes: 120, source: 'config' },
      data: {
        branch: `aios/${taskKey(task)}`,
        commit,
        files: ['post.md'],
        pr: { number: pr, url: `https://github.com/${OWNER}/${REPO}/pull/${pr}` },
        attempts: 1,
        totalMicros: 6250,
        shadowMicros: 6250,
      },
    } as LedgerDraft,
    signoffDraft(task, pr, 'boss', commit),
  ];
  if (fate !== 'open') drafts.push(outcomeDraft(task, pr, fate === 'merged'));
  return drafts;
}

export function signoffDraft(task: string, pr: number, login: string, commit: string): LedgerDraft {
  return {
    ...base(task),
    event: 'signoff',
    actor: { type: 'human', login },
    data: {
      login,
      approved: true,
      counts: true,
      pr: `${OWNER}/${REPO}#${pr}`,
      state: 'approved',
      commit,
    },
  } as LedgerDraft;
}

export function outcomeDraft(task: string, pr: number, merged: boolean): LedgerDraft {
  return {
    ...base(task),
    event: 'outcome',
    actor: { type: 'human', login: 'boss' },
    data: { outcome: merged ? 'accepted' : 'rejected', by: 'boss', pr: `${OWNER}/${REPO}#${pr}` },
  } as LedgerDraft;
}

/** Entries chained per task as GitLedgerStore chains them: files for one fast-import commit. */
export function chainFiles(
  drafts: readonly LedgerDraft[],
  clock = steppingClock(new Date('2026-11-10T09:00:00Z')),
  heads = new Map<string, { folder: string; hash: string }>(),
): { path: string; content: string }[] {
  const files: { path: string; content: string }[] = [];
  for (const d of drafts) {
    const head = heads.get(d.task);
    const at = clock.now().toISOString();
    const entry = LedgerEntry.parse({
      ...d,
      schema: LEDGER_SCHEMA,
      id: clock.newId(),
      at,
      prev: head?.hash ?? null,
    });
    const text = serializeEntry(entry);
    const folder = head?.folder ?? taskFolder(taskKey(d.task), new Date(at));
    files.push({ path: entryPath(folder, entry), content: text });
    heads.set(d.task, { folder, hash: sha256(text) });
  }
  return files;
}

export async function startForgeLedger(n: number): Promise<ForgeLedger> {
  const { origin, work: dir } = await repoWithOrigin({ 'README.md': '# Site\n' });
  const git = simpleGit(dir);
  const main = (await git.revparse(['main'])).trim();
  const author = { name: 'AIOS', email: 'aios@localhost' };
  const tasks: ForgeLedger['tasks'] = [];
  for (let i = 1; i <= n; i++) {
    const task = `${OWNER}/${REPO}#${i}`;
    const commit = await commitFiles(dir, {
      ref: `refs/heads/aios/${taskKey(task)}`,
      parent: main,
      files: [{ path: 'post.md', content: `# Post ${i}\n` }],
      message: `aios(writing): post ${i}\n\nAIOS-Task: ${task}\n`,
      author,
      time: 1_790_000_000 + i,
    });
    tasks.push({ task, pr: 0, commit, fate: FATES[(i - 1) % 3] ?? 'open' });
  }
  await git.raw(['push', '--quiet', 'origin', 'refs/heads/aios/*:refs/heads/aios/*']);
  const github = await startGitHubServer({ owner: OWNER, repo: REPO, bareRepoPath: origin });
  github.addUser('boss', 'maintain');
  github.addUser('mallory', 'read');
  github.addToken('verify-token', 'boss');
  for (const t of tasks) {
    const pr = await github.addPullRequest({ head: `aios/${taskKey(t.task)}`, draft: true });
    t.pr = pr.number;
    await github.addReview(pr.number, { user: 'boss', state: 'APPROVED' });
    if (t.fate === 'merged') {
      github.markReadyForReview(pr.number);
      await github.mergePullRequest(pr.number, 'boss');
    }
    if (t.fate === 'closed') {
      const issue = github.state.issues.get(pr.number);
      if (issue) issue.state = 'closed';
    }
  }
  const files = chainFiles(tasks.flatMap((t) => taskDrafts(t.task, t.pr, t.commit, t.fate)));
  await commitFiles(dir, {
    ref: LEDGER_REF,
    parent: undefined,
    files,
    message: 'ledger: entries\n',
    author,
    time: 1_790_000_000,
  });
  return {
    dir,
    github,
    env: { GITHUB_API_URL: github.url, GITHUB_TOKEN: 'verify-token', AIOS_GITHUB_RETRIES: '0' },
    tasks,
    close: () => github.close(),
  };
}
