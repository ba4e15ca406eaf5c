/**
 * Nothing lost: a damaged spool file is set aside with a named error instead of being pushed to
 * the append-only branch; a ledger push that stays rejected leaves the entries waiting, says
 * so, and the next run sends them.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { readStoredEntries } from '../../src/ledger/read-ledger.js';
import { SpoolDamagedError } from '../../src/ledger/spool-file.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { demoAssets } from '../../src/app/demo.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { runCli } from '../support/run-cli.js';
import { repoWithOrigin, tempRepo } from '../support/temp-repo.js';

async function spoolFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile() && e.name.endsWith('.json')) out.push(join(e.parentPath, e.name));
  return out.sort();
}

async function onBranch(repo: string, ref: string): Promise<string[]> {
  const paths: string[] = [];
  for await (const s of readStoredEntries(repo, ref)) paths.push(s.path);
  return paths;
}

describe('nothing lost', () => {
  it('quarantines an empty and a cut-short spool file with a named error; the rest is sent and verifies', async () => {
    const dir = await tempRepo();
    const spool = join(dir, '.git', 'aios', 'spool', 'aios-ledger');
    const dying = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: systemClock(),
    });
    await dying.append(planned('acme/site#1'));
    await dying.append(attempt('acme/site#1', 1));
    await dying.append(planned('acme/site#2'));
    // The crash: one file cut short mid-write, one left empty (a full disk, a power cut).
    const [, second, third] = await spoolFiles(spool);
    const text = await readFile(second ?? '', 'utf8');
    await writeFile(second ?? '', text.slice(0, 40));
    await writeFile(third ?? '', '');

    const next = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: systemClock(),
    });
    // Continuing task 1 chains to its last whole entry, not to the damaged one.
    await next.append(attempt('acme/site#1', 2));
    const r = await next.flush();
    expect(r).toMatchObject({ committed: 2, pending: 0, recovered: 1 });
    expect(r.quarantined).toHaveLength(2);
    for (const q of r.quarantined ?? []) expect(q).toBeInstanceOf(SpoolDamagedError);
    expect((r.quarantined ?? []).map((q) => (q as SpoolDamagedError).reason).sort()).toEqual([
      'empty',
      expect.stringMatching(/^not valid JSON \(40 bytes, cut short\?\)$/),
    ]);
    expect(await onBranch(dir, 'refs/heads/aios-ledger')).toHaveLength(2);
    expect(await spoolFiles(spool)).toEqual([]);
    const aside = await spoolFiles(join(dir, '.git', 'aios', 'spool', 'quarantine', 'aios-ledger'));
    expect(aside).toHaveLength(2);
    expect((await verifyLedger(dir, 'refs/heads/aios-ledger')).violations).toEqual([]);
  });

  it('quarantines a spool file whose bytes are not UTF-8 (a flipped bit), not the U+FFFD it decodes to', async () => {
    const dir = await tempRepo();
    const spool = join(dir, '.git', 'aios', 'spool', 'aios-ledger');
    const store = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: systemClock(),
    });
    await store.append(planned('acme/site#4'));
    await store.append(planned('acme/site#5'));
    const [, second] = await spoolFiles(spool);
    const bytes = await readFile(second ?? '');
    bytes[bytes.indexOf('acme')] = 0xe1; // 'a' (0x61) with its top bit set: a lead byte with nothing after it
    await writeFile(second ?? '', bytes);

    const r = await store.flush();
    expect(r).toMatchObject({ committed: 1, pending: 0 });
    expect((r.quarantined ?? []).map((q) => (q as SpoolDamagedError).reason)).toEqual([
      'not valid JSON: its bytes are not UTF-8 text (JSON files are UTF-8: RFC 8259 §8.1)',
    ]);
    expect((await verifyLedger(dir, 'refs/heads/aios-ledger')).violations).toEqual([]);
  });

  it('keeps entries whose push stays rejected, says why, and the next run pushes them', async () => {
    const { origin, work } = await repoWithOrigin();
    const hook = join(origin, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "ledger branch is protected" >&2\nexit 1\n', {
      mode: 0o755,
    });
    const first = await GitLedgerStore.open({
      repoDir: work,
      branch: 'aios-ledger',
      remote: 'origin',
      clock: systemClock(),
      sleep: async () => undefined,
    });
    await first.append(planned('acme/site#3'));
    await first.append(attempt('acme/site#3', 1));
    const r1 = await first.flush();
    expect(r1).toMatchObject({ committed: 0, pending: 2, pushed: false });
    expect(r1.waiting).toMatch(/origin refused the push to refs\/heads\/aios-ledger/);
    await rm(hook);
    const second = await GitLedgerStore.open({
      repoDir: work,
      branch: 'aios-ledger',
      remote: 'origin',
      clock: systemClock(),
    });
    await second.append(attempt('acme/site#3', 2));
    const r2 = await second.flush();
    expect(r2).toMatchObject({ committed: 3, pending: 0, pushed: true, recovered: 2 });
    expect(await onBranch(origin, 'refs/heads/aios-ledger')).toHaveLength(3);
  });

  it('`aios run` exits 3 when the work is delivered but its ledger push is refused, and the next run sends it', async () => {
    const { origin, work } = await repoWithOrigin();
    const assets = demoAssets();
    await cp(assets.repo, work, { recursive: true });
    await simpleGit(work).add('.').commit('site');
    const config = (
      await readFile(join(assets.repo, '..', '..', '..', 'defaults', 'aios.yml'), 'utf8')
    ).replace(
      /^ledger:\n {2}branch: aios-ledger$/m,
      'ledger:\n  branch: aios-ledger\n  remote: origin',
    );
    expect(config).toContain('remote: origin');
    await mkdir(join(work, '.github'), { recursive: true });
    await writeFile(join(work, '.github', 'aios.yml'), config);
    await simpleGit(work).add('.').commit('config');
    const hook = join(origin, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "protected" >&2\nexit 1\n', { mode: 0o755 });
    const task = (name: string) => join(assets.tasks, name);
    const run1 = await runCli([
      'run',
      task('blog-post.md'),
      '--repo',
      work,
      '--scripted',
      assets.script,
    ]);
    expect(run1.code, run1.stderr).toBe(3);
    expect(run1.stdout).toMatch(/delivered/);
    expect(run1.stderr).toMatch(
      /ledger: \d+ entries are waiting in the spool, not on the ledger branch: origin refused the push/,
    );
    await rm(hook);
    const run2 = await runCli([
      'run',
      task('content-audit.md'),
      '--repo',
      work,
      '--scripted',
      assets.script,
    ]);
    expect(run2.code, run2.stderr).toBe(0);
    expect(run2.stderr).toMatch(/ledger: sent \d+ entries an earlier run had left waiting/);
    const tasks = new Set(
      (await onBranch(origin, 'refs/heads/aios-ledger')).map((p) => p.split('/').at(-2)),
    );
    expect(tasks.size).toBe(2);
  });
});
