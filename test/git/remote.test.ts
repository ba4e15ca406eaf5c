import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { GitError } from '../../src/core/errors.js';
import { commitFiles } from '../../src/git/commit-files.js';
import { resolveCommit } from '../../src/git/refs.js';
import {
  fetchBranch,
  pushCommit,
  PushRejectedError,
  RemoteUnreachableError,
} from '../../src/git/remote.js';
import { repoWithOrigin, tempDir } from '../support/temp-repo.js';

const who = { name: 'AIOS', email: 'aios@localhost' };

async function commitOn(repo: string, parent: string | undefined, path: string): Promise<string> {
  return commitFiles(repo, {
    ref: 'refs/aios/test-out',
    parent,
    files: [{ path, content: `${path}\n` }],
    message: `add ${path}\n`,
    author: who,
    time: 1_700_000_000,
    force: true,
  });
}

describe('src/git remote operations', () => {
  it('fetches a branch into a ref, and says `absent` for a branch the remote does not have', async () => {
    const { work } = await repoWithOrigin();
    expect(await fetchBranch(work, 'origin', 'main', 'refs/remotes/origin/main')).toBe('fetched');
    expect(await resolveCommit(work, 'refs/remotes/origin/main')).toBe(
      await resolveCommit(work, 'HEAD'),
    );
    expect(await fetchBranch(work, 'origin', 'no-such-branch', 'refs/remotes/origin/x')).toBe(
      'absent',
    );
  });

  it('pushes a commit, and a push the branch moved under is a typed, retryable PushRejectedError', async () => {
    const { work, origin } = await repoWithOrigin();
    const base = await resolveCommit(work, 'HEAD');
    const first = await commitOn(work, base, 'a.txt');
    await pushCommit(work, 'origin', first, 'ledger');
    expect(await resolveCommit(origin, 'refs/heads/ledger')).toBe(first);
    // A second writer built on the old base: not a fast-forward of what the remote now holds.
    const stale = await commitOn(work, base, 'b.txt');
    const error = await pushCommit(work, 'origin', stale, 'ledger').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushRejectedError);
    expect(error).toBeInstanceOf(GitError);
    expect((error as PushRejectedError).reason).toBe('moved');
    expect((error as PushRejectedError).retryable).toBe(true);
    expect(await resolveCommit(origin, 'refs/heads/ledger')).toBe(first); // never forced
  });

  it('a push a hook refuses is a PushRejectedError that is not retried', async () => {
    const { work, origin } = await repoWithOrigin();
    const hook = join(origin, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n', { mode: 0o755 });
    const commit = await commitOn(work, await resolveCommit(work, 'HEAD'), 'c.txt');
    const error = await pushCommit(work, 'origin', commit, 'ledger').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushRejectedError);
    expect((error as PushRejectedError).reason).toBe('refused');
    expect((error as PushRejectedError).retryable).toBe(false);
  });

  it('a remote that is not there is a RemoteUnreachableError', async () => {
    const { work } = await repoWithOrigin();
    const nowhere = join(await tempDir(), 'gone');
    await simpleGit(work).addRemote('gone', nowhere);
    await expect(
      fetchBranch(work, 'gone', 'main', 'refs/remotes/gone/main'),
    ).rejects.toBeInstanceOf(RemoteUnreachableError);
    const head = (await resolveCommit(work, 'HEAD')) ?? '';
    await expect(pushCommit(work, 'gone', head, 'main')).rejects.toBeInstanceOf(
      RemoteUnreachableError,
    );
  });

  it('retries a fetch while another git in the clone holds the ref lock, then succeeds', async () => {
    const { work } = await repoWithOrigin();
    const gitDir = join(work, '.git');
    const lock = join(gitDir, 'refs', 'remotes', 'origin', 'ledger-x.lock');
    const { mkdir, rm } = await import('node:fs/promises');
    await mkdir(join(gitDir, 'refs', 'remotes', 'origin'), { recursive: true });
    await writeFile(lock, '');
    let waits = 0;
    const result = await fetchBranch(work, 'origin', 'main', 'refs/remotes/origin/ledger-x', {
      sleep: async () => {
        waits++;
        await rm(lock, { force: true }); // the other git finishes
      },
    });
    expect(result).toBe('fetched');
    expect(waits).toBe(1);
  });
});
