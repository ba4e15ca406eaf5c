import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { steppingClock, systemClock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { promptObject } from '../../src/ledger/prompt-objects.js';
import { readStoredEntries } from '../../src/ledger/read-ledger.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { repoWithOrigin, tempDir, tempRepo } from '../support/temp-repo.js';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('GitLedgerStore', () => {
  it('refuses a folder that is not a git repository, naming it and how to fix it', async () => {
    const dir = await tempDir();
    const opened = GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: systemClock(),
    });
    await expect(opened).rejects.toMatchObject({
      name: 'GitError',
      message: `${dir} is not a git repository`,
      hint: 'Run AIOS inside a git repository, or pass --repo.',
    });
    await expect(opened).rejects.toHaveProperty(
      'cause.message',
      expect.stringMatching(/not a git repository/),
    );
  });

  it('spools entries at once, commits them to the ledger branch on flush, and chains them', async () => {
    const dir = await tempRepo();
    const store = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-11-03T10:00:00Z')),
    });
    const a = await store.append(planned('acme/site#1'));
    const b = await store.append(attempt('acme/site#1', 1));
    expect(a.prev).toBeNull();
    const spool = join(
      dir,
      '.git',
      'aios',
      'spool',
      'aios-ledger',
      'ledger',
      '2026',
      '11',
      'acme.site.1',
    );
    expect((await readdir(spool)).sort()).toEqual([`${a.id}-planned.json`, `${b.id}-attempt.json`]);

    const result = await store.flush();
    expect(result).toMatchObject({ committed: 2, pending: 0 });
    const stored = await all(readStoredEntries(dir, 'refs/heads/aios-ledger'));
    expect(stored.map((s) => s.path)).toEqual([
      `ledger/2026/11/acme.site.1/${a.id}-planned.json`,
      `ledger/2026/11/acme.site.1/${b.id}-attempt.json`,
    ]);
    expect(b.prev).toBe(sha256(stored[0]!.bytes));
    expect(await readdir(spool).catch(() => [])).toEqual([]);
    // the user's branch and work tree are untouched
    const git = simpleGit(dir);
    expect((await git.revparse(['--abbrev-ref', 'HEAD'])).trim()).toBe('main');
    expect((await git.status()).isClean()).toBe(true);
  });

  it('continues a task chain across runs, in the folder of its first month', async () => {
    const dir = await tempRepo();
    const first = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-10-31T23:59:58Z')),
    });
    await first.append(planned('acme/site#2'));
    await first.flush();
    const second = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-11-01T09:00:00Z')),
    });
    const next = await second.append(attempt('acme/site#2', 1));
    await second.flush();
    const stored = await all(readStoredEntries(dir, 'refs/heads/aios-ledger'));
    expect(stored).toHaveLength(2);
    expect(stored.every((s) => s.path.startsWith('ledger/2026/10/acme.site.2/'))).toBe(true);
    expect(next.prev).toBe(sha256(stored[0]!.bytes));
  });

  it('keeps entries appended by a run that died before flushing, and the next run sends them', async () => {
    const dir = await tempRepo();
    const dying = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: systemClock(),
    });
    const lost = await dying.append(planned('acme/site#3'));
    // no flush: the process "dies" here
    const next = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: systemClock(),
    });
    const after = await next.append(attempt('acme/site#3', 1));
    expect(after.prev).not.toBeNull(); // chained to the spooled entry
    await next.flush();
    const ids = (await all(next.entries())).map((e) => e.id);
    expect(ids).toEqual([lost.id, after.id]);
  });

  it('pushes to origin, and a writer that loses the race rebuilds on the new tip without forcing', async () => {
    const { origin, work } = await repoWithOrigin();
    const other = join(work, '..', `${work.split('/').at(-1)}-clone`);
    await simpleGit().clone(origin, other);
    let retries = 0;
    const s1 = await GitLedgerStore.open({
      repoDir: work,
      branch: 'aios-ledger',
      remote: 'origin',
      clock: systemClock(),
    });
    const s2 = await GitLedgerStore.open({
      repoDir: other,
      branch: 'aios-ledger',
      remote: 'origin',
      clock: systemClock(),
      sleep: async () => {
        retries++;
      },
    });
    await s1.append(planned('acme/site#4'));
    await s2.append(planned('acme/site#5'));
    const r1 = await s1.flush();
    expect(r1.pushed).toBe(true);
    // s2 fetched the ledger when it appended, before s1 pushed: its view of origin is stale.
    await s1.append(attempt('acme/site#4', 1));
    await s1.flush();
    const r2 = await s2.flush();
    expect(r2).toMatchObject({ committed: 1, pending: 0, pushed: true });
    expect(retries).toBeGreaterThan(0); // its first push was rejected and it rebuilt on the new tip
    const originGit = simpleGit(origin);
    const log = (await originGit.raw(['log', '--format=%H %P', 'aios-ledger'])).trim().split('\n');
    expect(log).toHaveLength(3); // three ledger commits, linear: nothing was overwritten
    const entries = await all(readStoredEntries(origin, 'refs/heads/aios-ledger'));
    expect(entries).toHaveLength(3);
  });
  it('looks up in git only the prompt objects read from the repository; copies the others', async () => {
    const dir = await tempRepo();
    const store = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: systemClock(),
    });
    const shown = promptObject('a file the context showed\n');
    const made = promptObject('findings that git happens to hold too\n');
    // Both texts in the object database, written with git itself.
    for (const o of [shown, made]) {
      const r = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: o.bytes });
      expect(r.stdout.toString().trim()).toBe(o.id);
    }
    await store.keep([{ ...shown, fromRepository: true }, made]);
    const prompts = join(dir, '.git', 'aios', 'spool', 'aios-ledger', 'prompts');
    const spooled = async () =>
      (await readdir(prompts, { recursive: true }))
        .filter((f) => f.length > 3)
        .map((f) => f.replace(/[\\/]/, ''))
        .sort();
    // The repository's file is kept by id (not copied); the made text is copied unasked.
    expect(await spooled()).toEqual([made.id]);

    // Read from this repository by its id (the workspace says so): kept by id, not copied; the
    // same said of another repository is looked up there, and copied when git lacks it.
    const read = promptObject('read by the workspace\n');
    spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: read.bytes });
    const elsewhere = promptObject('held by another repository only\n');
    await store.keep([
      { ...read, fromRepository: true, heldBy: `${dir}/.` },
      { ...elsewhere, fromRepository: true, heldBy: await tempDir() },
    ]);
    expect(await spooled()).toEqual([elsewhere.id, made.id].sort());
  });
});
