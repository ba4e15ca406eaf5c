import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { refSurelyAbsent } from '../../src/git/refs.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

describe('refSurelyAbsent', () => {
  it('is sure only when neither a loose ref nor packed-refs names it, and otherwise leaves it to git', async () => {
    const repo = await tempRepo();
    const git = simpleGit(repo);
    const ref = 'refs/heads/aios-ledger';
    expect(refSurelyAbsent(repo, ref)).toBe(true);
    await git.raw(['update-ref', ref, 'HEAD']);
    expect(refSurelyAbsent(repo, ref)).toBe(false); // a loose ref
    await git.raw(['pack-refs', '--all']);
    expect(refSurelyAbsent(repo, ref)).toBe(false); // in packed-refs
    // A prefix of a packed name is not that name.
    expect(refSurelyAbsent(repo, 'refs/heads/aios')).toBe(true);
    // What it cannot be sure of: a short name, a linked worktree (its refs are in the common
    // folder).
    expect(refSurelyAbsent(repo, 'aios-ledger')).toBe(false);
    // A reflog entry has no file of its own yet names a commit: git's to read.
    expect(refSurelyAbsent(repo, 'refs/heads/main@{0}')).toBe(false);
    const wt = join(await tempDir('aios-wt-'), 'wt');
    await git.raw(['worktree', 'add', '--quiet', '--detach', wt]);
    expect(refSurelyAbsent(wt, 'refs/heads/none')).toBe(false);
  });
});
