import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { copyOfDemo } from '../support/shared-demo.js';

const REF = 'refs/heads/aios-ledger';
const TASK = 'local/demo#blog-post';

interface Row {
  key: string;
  accepted: number;
  reverted: number;
}

async function report(dir: string, by: string): Promise<{ total: Row; rows: Row[] }> {
  const r = await runCli(['ledger', 'report', '--repo', dir, '--by', by, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { total: Row; rows: Row[] };
}

describe('aios revert', () => {
  it('opens a revert of the delivered commit as a draft PR, records it, and the report stops counting the work', async () => {
    const dir = await copyOfDemo();
    const git = simpleGit(dir);
    await git.addConfig('user.name', 'Lead');
    await git.addConfig('user.email', 'lead@example.com');
    const delivered: string[] = [];
    for await (const e of readLedger(dir, REF, { task: TASK }))
      if (e.event === 'delivered') delivered.push(e.data.commit);
    const branch = (await git.raw(['branch', '--list', 'aios/*', '--format=%(refname:short)']))
      .split('\n')
      .find((b) => b.includes('blog-post'));
    expect(branch).toBeDefined();
    // The work was merged: the revert undoes it on top of the merged main.
    const before = (await git.revparse(['HEAD^{tree}'])).trim();
    await git.merge(['--no-ff', '-m', 'merge the post', branch as string]);
    const before2 = await report(dir, 'rule');

    const r = await runCli([
      'revert',
      TASK,
      '--repo',
      dir,
      '--reason',
      'client withdrew',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const entry = JSON.parse(r.stdout) as {
      event: string;
      data: { branch: string; commit: string; commits: string[]; pr: { url: string } };
    };
    expect(entry.event).toBe('reverted');
    expect(entry.data.branch).toBe('aios/revert-local.demo.blog-post');
    expect(entry.data.commits).toEqual([...new Set(delivered)].reverse());
    // The revert's tree is main's tree before the merge: the delivered files are undone.
    expect((await git.revparse([`${entry.data.commit}^{tree}`])).trim()).toBe(before);
    expect((await git.revparse([entry.data.branch])).trim()).toBe(entry.data.commit);
    // The work tree and the index were not touched (only the PR file is new, untracked).
    const status = await git.status();
    expect([...status.modified, ...status.staged, ...status.deleted]).toEqual([]);
    const pr = await readFile(join(dir, entry.data.pr.url), 'utf8');
    const front = parse(pr.split('---\n')[1] ?? '') as Record<string, unknown>;
    expect(front).toMatchObject({ state: 'draft', head: entry.data.branch, task: TASK });
    expect(pr).toMatch(/client withdrew/);

    // The report counts the reverted work as not useful, per rule and per persona.
    const after = await report(dir, 'rule');
    expect(after.total.accepted).toBe(before2.total.accepted - 1);
    expect(after.total.reverted).toBe(1);
    expect(after.rows.filter((row) => row.reverted === 1)).toHaveLength(1);
    const byPersona = await report(dir, 'persona');
    expect(byPersona.rows.reduce((n, row) => n + row.reverted, 0)).toBe(1);

    // Twice is refused, as is a task that was never delivered.
    const again = await runCli(['revert', TASK, '--repo', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already reverted/);
    const none = await runBin(['revert', 'local/demo#nope', '--repo', dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/There is no task "local\/demo#nope"/);
  });
});
