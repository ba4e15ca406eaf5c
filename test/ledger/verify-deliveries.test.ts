/**
 * The ledger against the work: a fake task appended with a correct chain, or a delivered task
 * dropped from the ledger, leaves a ledger that verifies on its own (the first expectation of
 * each case); the cross-check with the task branches names it.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import type { LedgerDraft } from '../../src/core/ledger-entry.js';
import { steppingClock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import { taskKey } from '../../src/core/task.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { runCli } from '../support/run-cli.js';
import { copyOfDemo, sharedDemo } from '../support/shared-demo.js';
import { tempDir } from '../support/temp-repo.js';

const REF = 'refs/heads/aios-ledger';

function delivered(task: string, commit: string): LedgerDraft {
  const p = planned(task);
  return {
    task,
    work: p.work,
    rule: p.rule,
    event: 'delivered',
    actor: { type: 'system', component: 'deliver' },
    estimate: { minutes: 120, source: 'config' },
    data: {
      branch: `aios/${taskKey(task)}`,
      commit,
      files: ['post.md'],
      pr: { url: '.aios/pulls/x.md' },
      attempts: 1,
      totalMicros: 6250,
      shadowMicros: 6250,
    },
  } as LedgerDraft;
}

/** A copy of the suite's demo run: a ledger written by real runs, with its task branches. */
async function demoRepo(): Promise<string> {
  const { runs } = JSON.parse((await sharedDemo()).stdout) as {
    runs: { outcome: { status: string } }[];
  };
  expect(runs.every((r) => r.outcome.status === 'delivered')).toBe(true);
  return copyOfDemo();
}

async function appendTask(dir: string, task: string, commit: string): Promise<void> {
  const store = await GitLedgerStore.open({
    repoDir: dir,
    branch: 'aios-ledger',
    clock: steppingClock(new Date()),
  });
  await store.append(planned(task));
  await store.append(attempt(task, 1));
  await store.append(delivered(task, commit));
  await store.flush();
}

describe('delivered entries against the task branches', () => {
  it('passes a ledger written by real runs, and names a fake task chained correctly', async () => {
    const dir = await demoRepo();
    expect((await verifyLedger(dir, REF, { branches: true })).violations).toEqual([]);
    await appendTask(dir, 'local/demo#forged', 'e'.repeat(40));
    // A real commit, but of another task.
    const other = (await simpleGit(dir).revparse(['aios/local.demo.blog-post'])).trim();
    await appendTask(dir, 'local/demo#borrowed', other);
    expect((await verifyLedger(dir, REF, { anchor: false })).violations).toEqual([]);
    const r = await verifyLedger(dir, REF, { branches: true, anchor: false });
    expect(r.violations.map((v) => [v.kind, v.message.replace(/[0-9a-f]{12}/g, 'C')])).toEqual([
      [
        'delivery',
        expect.stringMatching(
          /^delivered commit C carries AIOS-Task: local\/demo#blog-post, not local\/demo#borrowed$/,
        ),
      ],
      [
        'delivery',
        expect.stringMatching(
          /^delivered commit C names AIOS-Ledger-Head C…, which is no entry of local\/demo#borrowed before its delivery/,
        ),
      ],
      [
        'delivery',
        expect.stringMatching(
          /^delivered commit C \(branch aios\/local\.demo\.forged\) is not in this repository/,
        ),
      ],
    ]);
    expect(r.violations.every((v) => v.commit && v.path?.endsWith('-delivered.json'))).toBe(true);
  });

  it('names entries the work was delivered on, edited and re-chained, by the commit’s AIOS-Ledger-Head', async () => {
    const dir = await demoRepo();
    const git = simpleGit(dir);
    const tip = (await git.revparse(['aios-ledger'])).trim();
    const commit = (await git.revparse(['aios/local.demo.blog-post'])).trim();
    // The commit names the ledger history it was delivered on, and the PR body says the same.
    const head = (
      await git.raw(['log', '-1', '--format=%(trailers:key=AIOS-Ledger-Head,valueonly)', commit])
    ).trim();
    expect(head).toMatch(/^[0-9a-f]{64}$/);
    const wt = join(await tempDir('aios-wt-'), 'wt');
    await git.raw(['worktree', 'add', '--quiet', '--detach', wt, tip]);
    const folder = (await git.raw(['ls-tree', '-d', '-r', '--name-only', tip, 'ledger/']))
      .split('\n')
      .find((f) => f.endsWith('blog-post'));
    expect(folder).toBeDefined();
    // The forger edits the model a call ran on and re-links the whole chain, then publishes the
    // result as a history in which every file is added once.
    const names = (await readdir(join(wt, folder ?? ''))).sort();
    let prev: string | null = null;
    for (const n of names) {
      const e = JSON.parse(await readFile(join(wt, folder ?? '', n), 'utf8')) as {
        event: string;
        actor: Record<string, unknown>;
        prev: string | null;
      };
      if (e.event === 'attempt') e.actor = { ...e.actor, modelId: 'forged-model' };
      e.prev = prev;
      const text = `${JSON.stringify(e, null, 2)}\n`;
      await writeFile(join(wt, folder ?? '', n), text);
      prev = sha256(text);
    }
    const w = simpleGit(wt);
    await w.raw(['checkout', '--quiet', '--orphan', 'forged']);
    await w.add(['-A']);
    await w.commit('ledger: entries');
    await git.raw(['update-ref', REF, (await w.revparse(['HEAD'])).trim()]);
    expect((await verifyLedger(dir, REF, { anchor: false })).violations).toEqual([]);
    const r = await verifyLedger(dir, REF, { anchor: false, branches: true });
    expect(r.violations.map((v) => [v.kind, v.message])).toEqual([
      [
        'delivery',
        `delivered commit ${commit.slice(0, 12)} names AIOS-Ledger-Head ${head.slice(0, 12)}…, which is no entry of local/demo#blog-post before its delivery: the entries the work was delivered on were edited or dropped`,
      ],
    ]);
  });

  it('names a delivered task dropped from the ledger by its task commit', async () => {
    const dir = await demoRepo();
    const files = (await simpleGit(dir).raw(['ls-tree', '-r', '--name-only', REF, 'ledger/']))
      .trim()
      .split('\n');
    const folders = files.map((f) => f.slice(0, f.lastIndexOf('/')));
    const dropped = folders.find((f) => f.endsWith('blog-post')) ?? '';
    expect(dropped).not.toBe('');
    execFileSync(
      'git',
      [
        'filter-branch',
        '-f',
        '--index-filter',
        `git rm -r -q --cached --ignore-unmatch ${dropped}`,
        '--',
        'aios-ledger',
      ],
      { cwd: dir, stdio: 'ignore', env: { ...process.env, FILTER_BRANCH_SQUELCH_WARNING: '1' } },
    );
    expect((await verifyLedger(dir, REF, { anchor: false })).violations).toEqual([]);
    const cli = await runCli(['ledger', 'verify', '--repo', dir, '--branches']);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(
      /delivery .*task commit [0-9a-f]{12} \(AIOS-Task: local\/demo#blog-post\) has no delivered entry in the ledger/,
    );
  });
});
