import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { fetchBranch } from '../../src/git/remote.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { parseStoredEntry, readStoredEntries } from '../../src/ledger/read-ledger.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { repoWithOrigin, tempDir } from '../support/temp-repo.js';

const TASK = 'acme/site#4';

/** Two clones of one origin: `a` reads with the task cache on (as a GitHub job), `b` writes. */
async function twoWriters() {
  const { origin, work } = await repoWithOrigin();
  // In a temporary folder of its own, removed after the test as `work` is.
  const other = join(await tempDir('aios-repo-b-'), 'clone');
  await simpleGit().clone(origin, other);
  const open = (repoDir: string, cacheTaskReads: boolean) =>
    GitLedgerStore.open({
      repoDir,
      branch: 'aios-ledger',
      remote: 'origin',
      clock: systemClock(),
      sleep: async () => undefined,
      cacheTaskReads,
    });
  return { origin, work, a: await open(work, true), b: await open(other, false) };
}

async function events(store: GitLedgerStore): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for await (const e of store.entries({ task: TASK })) out.push(e);
  return out;
}

describe('a task history kept between fetches (cacheTaskReads)', () => {
  it('is kept until the store’s own flush or a fetch the caller reports, then read again', async () => {
    const { work, a, b } = await twoWriters();
    expect(await events(a)).toEqual([]);
    const first = await a.append(planned(TASK));
    await a.flush();
    // Its own flush moved the ref: the new entry is there.
    expect((await events(a)).map((e) => e.id)).toEqual([first.id]);

    const second = await b.append(attempt(TASK, 1));
    expect((await b.flush()).pushed).toBe(true);
    // Nothing fetched since: the ref (and so the history) is as it was.
    expect((await events(a)).map((e) => e.id)).toEqual([first.id]);
    await fetchBranch(work, 'origin', 'aios-ledger', a.readRef);
    // The ref moved, but the store was not told: the history read before is kept (not read
    // again), which is the point of the cache.
    expect((await events(a)).map((e) => e.id)).toEqual([first.id]);
    a.noteFetched();
    expect((await events(a)).map((e) => e.id)).toEqual([first.id, second.id]);
  });

  it('is not kept with the option off: each read asks the ref', async () => {
    const { work, b } = await twoWriters();
    const plain = await GitLedgerStore.open({
      repoDir: work,
      branch: 'aios-ledger',
      remote: 'origin',
      clock: systemClock(),
      cacheTaskReads: false,
    });
    expect(await events(plain)).toEqual([]);
    const theirs = await b.append(planned(TASK));
    await b.flush();
    await fetchBranch(work, 'origin', 'aios-ledger', plain.readRef);
    expect((await events(plain)).map((e) => e.id)).toEqual([theirs.id]);
  });

  it('gives each reader its own copies', async () => {
    const { a } = await twoWriters();
    await a.append(planned(TASK));
    await a.flush();
    const [read] = await events(a);
    (read as { event: string }).event = 'failed';
    expect((await events(a)).map((e) => e.event)).toEqual(['planned']);
  });

  it('a flush after noteFetched builds on the branch even when it moved since that fetch', async () => {
    const { origin, work, a, b } = await twoWriters();
    await fetchBranch(work, 'origin', 'aios-ledger', a.readRef);
    a.noteFetched();
    // Another writer pushes after a's fetch: a's first push is refused, it fetches and rebuilds.
    const theirs = await b.append(planned(TASK));
    await b.flush();
    const ours = await a.append(attempt(TASK, 1));
    const result = await a.flush();
    expect(result).toMatchObject({ committed: 1, pending: 0, pushed: true });

    const stored = [];
    for await (const s of readStoredEntries(origin, 'refs/heads/aios-ledger')) stored.push(s);
    const byId = new Map(stored.map((s) => [parseStoredEntry(s).id, s]));
    expect(stored).toHaveLength(2);
    // One chain: ours re-linked after theirs.
    expect(parseStoredEntry(byId.get(ours.id)!).prev).toBe(sha256(byId.get(theirs.id)!.bytes));
  });
});
