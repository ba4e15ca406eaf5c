/**
 * The LedgerStore contract, run against every implementation: the git store on a local branch,
 * the git store pushing to a bare origin, and the in-memory store the unit tests use. What the
 * pipeline relies on: an entry is validated and chained when appended, the ledger shows it only
 * after a flush, a flush sends each entry once, and a second store on the same ledger (the next
 * job, the next run) continues each task's chain.
 */
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { steppingClock, type Clock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import { serializeEntry, type LedgerEntry } from '../../src/core/ledger-entry.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import type { LedgerStore } from '../../src/ledger/ledger-store.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { MemoryLedger } from '../support/memory-ledger-store.js';
import { repoWithOrigin, tempDir, tempRepo } from '../support/temp-repo.js';

/** One ledger; `open` gives a store on it (each call a new store, as each job or run opens one). */
interface LedgerUnderTest {
  open(clock: Clock): Promise<LedgerStore>;
}

const implementations: [string, () => Promise<LedgerUnderTest>][] = [
  [
    'git store, local branch',
    async () => {
      const repoDir = await tempRepo();
      return { open: (clock) => GitLedgerStore.open({ repoDir, branch: 'aios-ledger', clock }) };
    },
  ],
  [
    'git store, pushing to origin',
    async () => {
      const { origin } = await repoWithOrigin();
      return {
        // Each store works in its own clone, as each job works in its own checkout.
        async open(clock) {
          const repoDir = await tempDir('aios-clone-');
          await simpleGit().clone(origin, repoDir);
          return GitLedgerStore.open({ repoDir, branch: 'aios-ledger', remote: 'origin', clock });
        },
      };
    },
  ],
  [
    'memory store',
    async () => {
      const ledger = new MemoryLedger();
      return { open: async (clock) => ledger.store(clock) };
    },
  ],
];

async function all(store: LedgerStore, task?: string): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for await (const e of store.entries({ task })) out.push(e);
  return out;
}

describe.each(implementations)('LedgerStore contract: %s', (_name, make) => {
  const clock = () => steppingClock(new Date('2026-11-03T10:00:00Z'));

  it('validates and completes an entry when it is appended, chaining it to the task’s last', async () => {
    const store = await (await make()).open(clock());
    const a = await store.append(planned('acme/site#1'));
    const b = await store.append(attempt('acme/site#1', 1));
    const other = await store.append(planned('acme/site#2'));
    expect(a).toMatchObject({ schema: 'aios.ledger/v1', task: 'acme/site#1', prev: null });
    expect(a.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(a.at).toBe('2026-11-03T10:00:00.000Z');
    expect(b.prev).toBe(sha256(serializeEntry(a)));
    expect(other.prev).toBeNull();
    expect(b.id > a.id).toBe(true);
  });

  it('keeps the time a draft carries (a review’s own time)', async () => {
    const store = await (await make()).open(clock());
    const e = await store.append({ ...planned('acme/site#1'), at: '2026-10-01T08:00:00.000Z' });
    expect(e.at).toBe('2026-10-01T08:00:00.000Z');
  });

  it('refuses a draft the schema refuses, and records nothing of it', async () => {
    const store = await (await make()).open(clock());
    const bad = { ...planned('acme/site#1'), data: { title: 'no plan' } } as never;
    await expect(store.append(bad)).rejects.toThrow();
    const ok = await store.append(planned('acme/site#1'));
    expect(ok.prev).toBeNull(); // the refused draft is not in the chain
    await store.flush();
    expect((await all(store)).map((e) => e.event)).toEqual(['planned']);
  });

  it('shows entries only after a flush, sends each once, each task’s in id order', async () => {
    const store = await (await make()).open(clock());
    const a = await store.append(planned('acme/site#1'));
    const b = await store.append(planned('acme/site#2'));
    const c = await store.append(attempt('acme/site#1', 1));
    expect(await all(store)).toEqual([]);
    const first = await store.flush();
    expect(first).toMatchObject({ committed: 3, pending: 0 });
    expect(first.commit).toEqual(expect.any(String));
    // Each task's entries come in id order; the git store walks the ledger folder by folder,
    // so across tasks the order is the folders' (the port promises no more).
    const everything = await all(store);
    expect(everything.map((e) => e.id).sort()).toEqual([a.id, b.id, c.id]);
    expect(everything.find((e) => e.id === b.id)).toEqual(b);
    expect(await all(store, 'acme/site#1')).toEqual([a, c]);
    expect(await store.flush()).toMatchObject({ committed: 0, pending: 0, commit: undefined });
  });

  it('lets a second store on the same ledger see the entries and continue the chain', async () => {
    const ledger = await make();
    const c = clock();
    const first = await ledger.open(c);
    const a = await first.append(planned('acme/site#1'));
    await first.flush();
    const second = await ledger.open(c);
    expect(await all(second, 'acme/site#1')).toEqual([a]);
    const b = await second.append(attempt('acme/site#1', 1));
    expect(b.prev).toBe(sha256(serializeEntry(a)));
    await second.flush();
    expect((await all(second, 'acme/site#1')).map((e) => e.event)).toEqual(['planned', 'attempt']);
  });
});
