/**
 * A run after a crash says what it recovered — entries an earlier run left in the spool, sent
 * now; damaged spool files set aside — whatever flushes the spool: `aios run` (also when it
 * stops with an error, after closing the task flushed once already), `answer`, `signoff`,
 * `outcome`, `revert`, the deliver job and the signoff job.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { systemClock } from '../../src/core/clock.js';
import { deliverJob, type DeliverDeps } from '../../src/jobs/deliver-job.js';
import type { PlanArtifact } from '../../src/jobs/plan-artifact.js';
import { signoffJob } from '../../src/jobs/signoff-job.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { runCli } from '../support/run-cli.js';
import { preparedRepo } from '../support/prepared-repo.js';

const open = (dir: string) =>
  GitLedgerStore.open({ repoDir: dir, branch: 'aios-ledger', clock: systemClock() });

/**
 * A repository whose last run died: two whole entries left in the spool, one cut short (made
 * once; each test recovers its own copy).
 */
const crashed = preparedRepo(async (dir) => {
  const dying = await open(dir);
  await dying.append(planned('acme/site#1'));
  await dying.append(attempt('acme/site#1', 1));
  await dying.append(attempt('acme/site#1', 2));
  const spool = join(dir, '.git', 'aios', 'spool', 'aios-ledger');
  const files: string[] = [];
  for (const e of await readdir(spool, { withFileTypes: true, recursive: true }))
    if (e.isFile()) files.push(join(e.parentPath, e.name));
  const last = files.sort().at(-1) ?? '';
  await writeFile(last, (await readFile(last, 'utf8')).slice(0, 30));
});

const RECOVERED = /ledger: sent 2 entries an earlier run had left waiting/;
const QUARANTINED = /ledger: .*not valid JSON \(30 bytes, cut short\?\)/;

describe('a run after a crash reports what it recovered', () => {
  it('the store reports it after a second flush too (closing an unfinished task flushes first)', async () => {
    const dir = await crashed();
    const next = await open(dir);
    const first = await next.flush();
    expect(first).toMatchObject({ committed: 2, recovered: 2 });
    await next.append(planned('acme/site#2'));
    await next.flush();
    expect(next.lastFlush).toMatchObject({ committed: 1, pending: 0, recovered: 2 });
    expect(next.lastFlush?.quarantined).toHaveLength(1);
  });

  it('the signoff job logs it', async () => {
    const dir = await crashed();
    const logs: string[] = [];
    await signoffJob(
      { kind: 'ignored', reason: 'not a review' },
      {
        forge: { owner: 'acme', repo: 'site', permission: async () => 'none' },
        ledger: await open(dir),
        config: await loadConfig(),
        log: (l) => logs.push(l),
      },
    );
    expect(logs.join('\n')).toMatch(RECOVERED);
    expect(logs.join('\n')).toMatch(QUARANTINED);
  });

  it('the deliver job logs it', async () => {
    const dir = await crashed();
    const logs: string[] = [];
    const plan = {
      decision: 'ignore',
      note: 'a label on another issue',
    } as unknown as PlanArtifact;
    // An ignored plan touches nothing but the ledger's flush: no forge, persona or clock is used.
    const deps = { ledger: await open(dir), log: (l: string) => logs.push(l) };
    const r = await deliverJob(plan, undefined, deps as unknown as DeliverDeps);
    expect(r.outcome).toBe('ignored');
    expect(logs.join('\n')).toMatch(RECOVERED);
    expect(logs.join('\n')).toMatch(QUARANTINED);
  });

  it('aios outcome sends the spool before reading the task, and prints what it recovered', async () => {
    const dir = await crashed();
    const r = await runCli(['outcome', 'acme/site#1', 'accepted', '--repo', dir]);
    // The spool is sent before the task is read: the task is found (it has no delivery, exit 2),
    // and the person hears what was recovered.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Task acme\/site#1 has no delivered work/);
    expect(r.stderr).toMatch(RECOVERED);
    expect(r.stderr).toMatch(QUARANTINED);
  });
});
