import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { parseStoredEntry, readStoredEntries } from '../../src/ledger/read-ledger.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { repoWithOrigin } from '../support/temp-repo.js';

describe('two writers on one task', () => {
  it('re-link the later writer’s spooled entries after the earlier writer’s, keeping one chain', async () => {
    const { origin, work } = await repoWithOrigin();
    const other = join(work, '..', `${work.split('/').at(-1)}-b`);
    await simpleGit().clone(origin, other);
    const a = await GitLedgerStore.open({
      repoDir: work,
      branch: 'aios-ledger',
      remote: 'origin',
      clock: systemClock(),
    });
    const b = await GitLedgerStore.open({
      repoDir: other,
      branch: 'aios-ledger',
      remote: 'origin',
      clock: systemClock(),
      sleep: async () => undefined,
    });
    // Both start the same task before either has pushed: both believe they write its first entry.
    const a1 = await a.append(planned('acme/site#9'));
    const b1 = await b.append(planned('acme/site#9'));
    const b2 = await b.append(attempt('acme/site#9', 1));
    expect([a1.prev, b1.prev]).toEqual([null, null]);
    await a.flush();
    await b.flush();

    const stored = [];
    for await (const s of readStoredEntries(origin, 'refs/heads/aios-ledger')) stored.push(s);
    const byId = new Map(stored.map((s) => [parseStoredEntry(s).id, s]));
    const prevOf = (id: string) => parseStoredEntry(byId.get(id)!).prev;
    expect(prevOf(a1.id)).toBeNull();
    expect(prevOf(b1.id)).toBe(sha256(byId.get(a1.id)!.bytes)); // re-linked after a's entry
    expect(prevOf(b2.id)).toBe(sha256(byId.get(b1.id)!.bytes)); // and its successor follows
    expect(stored).toHaveLength(3);
  });
});
