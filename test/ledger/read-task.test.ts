import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../src/core/clock.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { readTaskFolders } from '../../src/ledger/read-task-folders.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { tempRepo } from '../support/temp-repo.js';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('reading one task', () => {
  it('finds the task’s folder among months and reads only its entries', async () => {
    const dir = await tempRepo();
    const oct = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-10-30T10:00:00Z')),
    });
    await oct.append(planned('acme/site#1'));
    await oct.append(planned('acme/site#2'));
    await oct.flush();
    const nov = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-11-02T10:00:00Z')),
    });
    await nov.append(attempt('acme/site#1', 1)); // stays in October's folder: the task began then
    await nov.append(planned('acme/site#3'));
    await nov.flush();

    expect(
      (await all(readTaskFolders(dir, 'refs/heads/aios-ledger', 'acme/site#1'))).map(
        (f) => f.folder,
      ),
    ).toEqual(['ledger/2026/10/acme.site.1']);
    expect(
      (await all(readTaskFolders(dir, 'refs/heads/aios-ledger', 'acme/site#3'))).map(
        (f) => f.folder,
      ),
    ).toEqual(['ledger/2026/11/acme.site.3']);
    expect(
      (await all(readTaskFolders(dir, 'refs/heads/aios-ledger', 'acme/site#9'))).map(
        (f) => f.folder,
      ),
    ).toEqual([]);
    expect(await all(readTaskFolders(dir, 'refs/heads/no-such-branch', 'acme/site#1'))).toEqual([]);
    const one = await all(readLedger(dir, 'refs/heads/aios-ledger', { task: 'acme/site#1' }));
    expect(one.map((e) => [e.task, e.event])).toEqual([
      ['acme/site#1', 'planned'],
      ['acme/site#1', 'attempt'],
    ]);
    expect(await all(readLedger(dir, 'refs/heads/aios-ledger', { task: 'acme/site#9' }))).toEqual(
      [],
    );
    expect(
      await all(readLedger(dir, 'refs/heads/no-such-branch', { task: 'acme/site#1' })),
    ).toEqual([]);
  });
});
