/**
 * What a flush does with the spool: it walks the spool once (entries and prompt objects in one
 * walk), reads and validates each entry once, and says so when a committed entry names a prompt
 * object that nothing holds (the entry is kept: its call and cost are the record).
 */
import type * as fsPromises from 'node:fs/promises';
import { stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it, vi } from 'vitest';

import { steppingClock } from '../../src/core/clock.js';
import { LEDGER_SCHEMA, type LedgerDraft } from '../../src/core/ledger-entry.js';
import { flushNotes } from '../../src/ledger/flush-notes.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import {
  promptObject,
  promptObjectPath,
  promptObjectProblem,
} from '../../src/ledger/prompt-objects.js';
import { SpoolDamagedError } from '../../src/ledger/spool-file.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { tempRepo } from '../support/temp-repo.js';

const TASK = 'acme/site#7';

async function openStore(dir: string): Promise<GitLedgerStore> {
  return GitLedgerStore.open({
    repoDir: dir,
    branch: 'aios-ledger',
    clock: steppingClock(new Date('2026-11-03T10:00:00Z')),
  });
}

/** A planned entry whose task snapshot is the prompt object `snapshot`. */
function plannedWith(snapshot: string): LedgerDraft {
  const p = planned(TASK);
  if (p.event !== 'planned') throw new Error('planned() made another event');
  return { ...p, data: { ...p.data, snapshot } };
}

describe('flush', () => {
  it('reads and validates each spooled entry once', async () => {
    const dir = await tempRepo();
    const store = await openStore(dir);
    const kept = promptObject('the task as it was asked\n');
    await store.keep([kept]);
    await store.append(plannedWith(kept.id));
    await store.append(attempt(TASK, 1));
    await store.append(attempt(TASK, 2));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const flushed = await store.flush();
      expect(flushed.committed).toBe(3);
      const entryParses = parse.mock.calls.filter(
        ([text]) => typeof text === 'string' && text.includes(`"${LEDGER_SCHEMA}"`),
      );
      expect(entryParses).toHaveLength(3);
    } finally {
      parse.mockRestore();
    }
  });

  it('walks the spool once: the prompt objects are not walked a second time', async () => {
    // Modules stay loaded from one test file to the next (isolate: false): the store is loaded
    // afresh, over a node:fs/promises whose readdir notes each folder read.
    const walked: string[] = [];
    vi.doMock('node:fs/promises', async (importOriginal) => {
      const actual = await importOriginal<typeof fsPromises>();
      const readdir = ((path: string, ...rest: unknown[]) => {
        walked.push(String(path));
        return (actual.readdir as (...a: unknown[]) => unknown)(path, ...rest);
      }) as typeof actual.readdir;
      return { ...actual, readdir, default: { ...actual, readdir } };
    });
    vi.resetModules();
    const { GitLedgerStore: FreshStore } = await import('../../src/ledger/git-ledger-store.js');
    vi.doUnmock('node:fs/promises');
    vi.resetModules();
    const dir = await tempRepo();
    const store = await FreshStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-11-03T10:00:00Z')),
    });
    const kept = promptObject('the task as it was asked\n');
    await store.keep([kept]);
    await store.append(plannedWith(kept.id));
    walked.length = 0;
    const flushed = await store.flush();
    expect(flushed.committed).toBe(1);
    const promptsWalks = walked.filter((d) => /[\\/]prompts$/.test(d));
    expect(promptsWalks).toHaveLength(1);
  });

  it('warns, naming the entry, field and object, when a committed entry names a prompt object nothing holds', async () => {
    const dir = await tempRepo();
    const store = await openStore(dir);
    // Never kept, not in the repository: a crash between keep and append, or a spool copied
    // without its objects.
    const lost = promptObject('a snapshot that was never kept\n');
    const entry = await store.append(plannedWith(lost.id));
    const flushed = await store.flush();
    expect(flushed.committed).toBe(1);
    expect(flushed.missingObjects).toEqual([
      {
        path: expect.stringMatching(new RegExp(`${entry.id}-planned\\.json$`)),
        field: 'data.snapshot',
        id: lost.id,
      },
    ]);
    const notes = flushNotes(store.lastFlush);
    expect(notes).toContainEqual({
      level: 'warning',
      text: expect.stringContaining(`naming prompt object ${lost.id} (data.snapshot)`),
    });
    // The entry is on the branch, and verify names the same object as missing.
    const verified = await verifyLedger(dir, 'refs/heads/aios-ledger', { anchor: false });
    expect(verified.violations.map((v) => [v.kind, v.message])).toEqual([
      ['object', expect.stringContaining(lost.id)],
    ]);

    // A flush whose objects are all held says nothing of the kind.
    const kept = promptObject('held\n');
    await store.keep([kept]);
    await store.append({ ...plannedWith(kept.id), task: 'acme/site#8' });
    expect((await store.flush()).missingObjects).toEqual([]);
  });

  it('publishes only the prompt objects an entry names; one no entry names waits in the spool', async () => {
    const dir = await tempRepo();
    const store = await openStore(dir);
    const named = promptObject('the task as it was asked\n');
    // Kept for a call that never happened (a budget stop before the call): no entry names it.
    const orphan = promptObject('a prompt never sent\n');
    await store.keep([named, orphan]);
    await store.append(plannedWith(named.id));
    expect((await store.flush()).committed).toBe(1);
    const onBranch = async () =>
      (await simpleGit(dir).raw(['ls-tree', '-r', '--name-only', 'aios-ledger', 'prompts/']))
        .split('\n')
        .filter(Boolean);
    expect(await onBranch()).toEqual([promptObjectPath(named.id)]);
    // Still in the spool: an entry appended later (by this run or another) may name it.
    const spooled = join(
      dir,
      '.git',
      'aios',
      'spool',
      'aios-ledger',
      ...promptObjectPath(orphan.id).split('/'),
    );
    expect((await stat(spooled)).isFile()).toBe(true);
    await store.append({ ...plannedWith(orphan.id), task: 'acme/site#8' });
    expect((await store.flush()).committed).toBe(1);
    expect((await onBranch()).sort()).toEqual(
      [promptObjectPath(named.id), promptObjectPath(orphan.id)].sort(),
    );
    await expect(stat(spooled)).rejects.toThrow();
  });

  it('sets aside a spooled prompt object cut short, by the one prompt-object check verify and deliver make', async () => {
    const whole = promptObject('the task as it was asked\n');
    const path = promptObjectPath(whole.id);
    expect(promptObjectProblem(path, whole.bytes)).toBeUndefined();
    const cut = whole.bytes.subarray(0, 8);
    expect(promptObjectProblem(path, cut)).toBe(
      `does not hash to the id its path names (its 8 bytes are blob ${promptObject(cut).id})`,
    );
    expect(promptObjectProblem('prompts/xx/not-an-id', whole.bytes)).toMatch(
      /^is not a prompt object path/,
    );

    const dir = await tempRepo();
    const store = await openStore(dir);
    await store.keep([whole]);
    await truncate(join(dir, '.git', 'aios', 'spool', 'aios-ledger', ...path.split('/')), 8);
    await store.append(plannedWith(whole.id));
    const flushed = await store.flush();
    expect(flushed.committed).toBe(1);
    expect(
      flushed.quarantined?.map((q) => (q instanceof SpoolDamagedError ? [q.path, q.reason] : q)),
    ).toEqual([[path, `${promptObjectProblem(path, cut)}: cut short?`]]);
    // Never committed under an id it does not hash to: the entry names a missing object.
    expect(flushed.missingObjects?.map((m) => m.id)).toEqual([whole.id]);
  });
});
