/**
 * `aios ledger verify --forge` against the local GitHub server: a ledger whose sign-offs,
 * outcomes and deliveries are what GitHub records passes; a sign-off by someone who never
 * reviewed and an outcome the PR's state contradicts, appended with correct chains (so the
 * ledger alone stays whole), are each named.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commitFiles } from '../../src/git/commit-files.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { steppingClock } from '../../src/core/clock.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import {
  LEDGER_REF,
  outcomeDraft,
  signoffDraft,
  startForgeLedger,
  type ForgeLedger,
} from '../support/forge-ledger.js';
import { runCli } from '../support/run-cli.js';

let world: ForgeLedger | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('aios ledger verify --forge', () => {
  it('passes a ledger GitHub agrees with, and names a forged sign-off and a forged outcome', async () => {
    world = await startForgeLedger(3);
    const w = world;
    const ok = await runCli(['ledger', 'verify', '--repo', w.dir, '--forge', 'acme/site'], {
      env: w.env,
    });
    expect(ok.stderr).toBe('');
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain('the ledger is whole');
    // Every PR read once, its reviews once: no request per entry.
    expect(w.github.calls('GET /repos/{owner}/{repo}/pulls/{pull_number}')).toHaveLength(3);
    expect(w.github.calls('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toHaveLength(3);

    // The forger appends through the store, so each chain is whole and the ledger verifies.
    const [merged, closed, open] = w.tasks;
    if (!merged || !closed || !open) throw new Error('three tasks');
    const store = await GitLedgerStore.open({
      repoDir: w.dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-11-20T09:00:00Z')),
    });
    await store.append(signoffDraft(closed.task, closed.pr, 'mallory', closed.commit));
    await store.append(outcomeDraft(open.task, open.pr, true));
    await store.flush();
    expect((await verifyLedger(w.dir, LEDGER_REF, { anchor: false })).violations).toEqual([]);

    const bad = await runCli(
      ['ledger', 'verify', '--repo', w.dir, '--forge', 'acme/site', '--json'],
      { env: w.env },
    );
    expect(bad.code).toBe(1);
    const result = JSON.parse(bad.stdout) as { violations: { kind: string; message: string }[] };
    expect(result.violations.map((v) => [v.kind, v.message])).toEqual(
      expect.arrayContaining([
        [
          'forge',
          `signoff by mallory: PR #${closed.pr} has no approving review by mallory: the forge knows of no such sign-off`,
        ],
        ['forge', `outcome says accepted, but PR #${open.pr} is still open on the forge`],
      ]),
    );
    expect(result.violations).toHaveLength(2);
    w.github.assertNoViolations();
  });

  it('names a delivered commit that is not on its PR, and an outcome contradicting a merge', async () => {
    world = await startForgeLedger(3);
    const w = world;
    const [merged, closed] = w.tasks;
    if (!merged || !closed) throw new Error('three tasks');
    // A commit on no PR's branch, delivered as if on the merged task's PR.
    const stray = await commitFiles(w.dir, {
      ref: 'refs/heads/stray',
      parent: undefined,
      files: [{ path: 'x.md', content: 'x\n' }],
      message: 'stray\n',
      author: { name: 'X', email: 'x@localhost' },
      time: 1_790_000_000,
    });
    const check = {
      owner: 'acme',
      repo: 'site',
      records: (await import('../../src/app/forge-check.js')).openForgeCheck('acme/site', {
        ...process.env,
        ...w.env,
      }).records,
    };
    const store = await GitLedgerStore.open({
      repoDir: w.dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-11-20T09:00:00Z')),
    });
    await store.append(outcomeDraft(merged.task, merged.pr, false));
    const delivered = (await import('../support/forge-ledger.js'))
      .taskDrafts(closed.task, closed.pr, stray, 'open')
      .find((d) => d.event === 'delivered');
    if (!delivered) throw new Error('a delivered draft');
    await store.append(delivered);
    await store.flush();
    const r = await verifyLedger(w.dir, LEDGER_REF, { anchor: false, forge: check });
    expect(r.violations.map((v) => v.message)).toEqual(
      expect.arrayContaining([
        `outcome says rejected, but PR #${merged.pr} is merged on the forge`,
        `delivered commit ${stray.slice(0, 12)} is neither PR #${closed.pr}'s head ${closed.commit.slice(0, 12)} nor an ancestor of it`,
      ]),
    );
    expect(r.violations.filter((v) => v.kind === 'forge')).toHaveLength(2);
  });
});
