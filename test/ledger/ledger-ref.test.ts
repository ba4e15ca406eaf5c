/**
 * Which ref holds the ledger, and its commit, looked up in one git process for every candidate
 * (`resolveLedgerTip`): the readers take the commit instead of asking git again.
 */
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { LedgerError } from '../../src/core/errors.js';
import { resolveLedgerRef, resolveLedgerTip } from '../../src/ledger/ledger-ref.js';
import { tempRepo } from '../support/temp-repo.js';

describe('resolveLedgerTip', () => {
  it('prefers the ref the config reads, falls back to the other, and names the commit of the one found', async () => {
    const repo = await tempRepo();
    const git = simpleGit(repo);
    const first = (await git.revparse(['HEAD'])).trim();
    await git.raw(['update-ref', 'refs/remotes/origin/aios-ledger', first]);
    // Only the remote-tracking ref: found with or without a remote in the config.
    expect(await resolveLedgerTip(repo, { branch: 'aios-ledger' })).toEqual({
      ref: 'refs/remotes/origin/aios-ledger',
      commit: first,
    });
    await git.commit('second', ['--allow-empty']);
    const second = (await git.revparse(['HEAD'])).trim();
    await git.raw(['update-ref', 'refs/heads/aios-ledger', second]);
    // Both: the local branch without a remote, the tracking ref with one.
    expect(await resolveLedgerTip(repo, { branch: 'aios-ledger' })).toEqual({
      ref: 'refs/heads/aios-ledger',
      commit: second,
    });
    expect(await resolveLedgerTip(repo, { branch: 'aios-ledger', remote: 'origin' })).toEqual({
      ref: 'refs/remotes/origin/aios-ledger',
      commit: first,
    });
    expect(await resolveLedgerRef(repo, { branch: 'aios-ledger', remote: 'origin' })).toBe(
      'refs/remotes/origin/aios-ledger',
    );
    // An explicit ref wins, and may be any revision that names a commit.
    expect(await resolveLedgerTip(repo, { branch: 'aios-ledger' }, 'main~1')).toEqual({
      ref: 'main~1',
      commit: first,
    });
  });

  it('names what is missing: the branch, or the explicit ref', async () => {
    const repo = await tempRepo();
    await expect(resolveLedgerTip(repo, { branch: 'aios-ledger' })).rejects.toThrow(
      /there is no ledger branch aios-ledger in .* yet/,
    );
    const explicit = resolveLedgerTip(repo, { branch: 'aios-ledger' }, 'refs/heads/nope');
    await expect(explicit).rejects.toBeInstanceOf(LedgerError);
    await expect(explicit).rejects.toThrow(/there is no ledger at refs\/heads\/nope in /);
    // A blob is not a commit, and a name with a line break names nothing.
    await expect(resolveLedgerTip(repo, { branch: 'x' }, 'main:README.md')).rejects.toThrow(
      /there is no ledger at main:README.md/,
    );
    await expect(resolveLedgerTip(repo, { branch: 'x' }, 'main\nmain')).rejects.toThrow(
      LedgerError,
    );
    await expect(resolveLedgerTip(repo, { branch: 'main\nmain' })).rejects.toThrow(
      /there is no ledger branch main\nmain in /,
    );
  });
});
