import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { resolveCommit } from '../../src/git/refs.js';
import { fetchBranches, RemoteUnreachableError } from '../../src/git/remote.js';
import { repoWithOrigin } from '../support/temp-repo.js';

describe('fetching several branches at once', () => {
  it('fetches each into its ref; a branch the remote lacks is `absent` and the rest still come', async () => {
    const { work } = await repoWithOrigin();
    const git = simpleGit(work);
    await git.raw(['push', '--quiet', 'origin', 'HEAD:refs/heads/other']);
    const head = await resolveCommit(work, 'HEAD');
    expect(
      await fetchBranches(work, 'origin', [
        { branch: 'main', into: 'refs/remotes/origin/main' },
        { branch: 'other', into: 'refs/x/other' },
      ]),
    ).toEqual(['fetched', 'fetched']);
    expect(await resolveCommit(work, 'refs/x/other')).toBe(head);
    expect(
      await fetchBranches(work, 'origin', [
        { branch: 'no-such-branch', into: 'refs/x/none' },
        { branch: 'main', into: 'refs/x/main' },
      ]),
    ).toEqual(['absent', 'fetched']);
    expect(await resolveCommit(work, 'refs/x/main')).toBe(head);
    expect(await resolveCommit(work, 'refs/x/none')).toBeUndefined();
    expect(
      await fetchBranches(work, 'origin', [
        { branch: 'other', into: 'refs/y/other' },
        { branch: 'gone-1', into: 'refs/y/gone-1' },
        { branch: 'main', into: 'refs/y/main' },
        { branch: 'gone-2', into: 'refs/y/gone-2' },
      ]),
    ).toEqual(['fetched', 'absent', 'fetched', 'absent']);
    expect(await resolveCommit(work, 'refs/y/other')).toBe(head);
    expect(await resolveCommit(work, 'refs/y/main')).toBe(head);
    expect(await fetchBranches(work, 'origin', [])).toEqual([]);
  });

  it('an unreachable remote is the same typed error as fetchBranch gives', async () => {
    const { work } = await repoWithOrigin();
    await simpleGit(work).raw(['remote', 'add', 'gone', '/nonexistent/aios-no-repo']);
    await expect(
      fetchBranches(work, 'gone', [
        { branch: 'main', into: 'refs/x/a' },
        { branch: 'b', into: 'refs/x/b' },
      ]),
    ).rejects.toBeInstanceOf(RemoteUnreachableError);
  });
});
