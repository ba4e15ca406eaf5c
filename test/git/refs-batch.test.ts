import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  gitDirAndCommits,
  gitDirForEnv,
  gitDirOf,
  resolveCommit,
  resolveCommits,
  updateRefs,
} from '../../src/git/refs.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

describe('refs in one git process', () => {
  it('resolveCommits answers as resolveCommit does for each revision, in order', async () => {
    const dir = await tempRepo();
    const git = simpleGit(dir);
    await git.raw(['tag', '-a', 'v1', '-m', 'tagged']); // an annotated tag peels to its commit
    const tree = (await git.revparse(['HEAD^{tree}'])).trim();
    const revs = ['HEAD', 'refs/heads/none', 'v1', 'main', tree, 'HEAD~5', 'refs/heads/main'];
    const one = await Promise.all(revs.map((r) => resolveCommit(dir, r)));
    expect(await resolveCommits(dir, revs)).toEqual(one);
    expect(one.filter(Boolean)).toHaveLength(4);
    expect(await resolveCommits(dir, [])).toEqual([]);
    // A revision with a line break names no commit, for one as for the other; the rest still do.
    const odd = ['main\nmain', 'HEAD', 'x\n'];
    const each = await Promise.all(odd.map((r) => resolveCommit(dir, r)));
    expect(each[0]).toBeUndefined();
    expect(await resolveCommits(dir, odd)).toEqual(each);
    expect(await resolveCommits(dir, ['main\nmain'])).toEqual([undefined]);
  });

  it('updateRefs moves every ref, or none when one cannot move', async () => {
    const dir = await tempRepo();
    const git = simpleGit(dir);
    const head = (await git.revparse(['HEAD'])).trim();
    await updateRefs(dir, [
      { ref: 'refs/remotes/origin/x', commit: head },
      { ref: 'refs/heads/x', commit: head },
    ]);
    expect(await resolveCommits(dir, ['refs/remotes/origin/x', 'refs/heads/x'])).toEqual([
      head,
      head,
    ]);
    // refs/heads/x exists as a file, so refs/heads/x/y cannot be made: nothing moves.
    await expect(
      updateRefs(dir, [
        { ref: 'refs/heads/y', commit: head },
        { ref: 'refs/heads/x/y', commit: head },
      ]),
    ).rejects.toThrow(/cannot point refs\/heads\/y, refs\/heads\/x\/y/);
    expect(await resolveCommit(dir, 'refs/heads/y')).toBeUndefined();
  });

  it('gitDirAndCommits gives the git folder and the commits in one process, or nothing', async () => {
    const dir = await tempRepo();
    const head = await resolveCommit(dir, 'HEAD');
    expect(await gitDirAndCommits(dir, ['HEAD', 'refs/heads/main'])).toEqual({
      gitDir: await gitDirOf(dir),
      commits: [head, head],
    });
    expect(await gitDirAndCommits(dir, ['HEAD', 'refs/remotes/origin/main'])).toBeUndefined();
    expect(await gitDirAndCommits(dir, ['--all'])).toBeUndefined();
    expect(await gitDirAndCommits(await tempDir(), ['HEAD'])).toBeUndefined();
  });

  it("gitDirForEnv names a work tree's .git, a bare repository itself, and asks git only below a top", async () => {
    const dir = await tempRepo();
    expect(gitDirForEnv(dir)).toBe(join(dir, '.git'));
    const bare = join(await tempDir(), 'bare.git');
    await simpleGit().raw(['init', '--bare', '--quiet', bare]);
    expect(gitDirForEnv(bare)).toBe(bare);
    const sub = join(dir, 'docs', 'deep');
    await mkdir(sub, { recursive: true });
    expect(gitDirForEnv(sub)).toBe(await gitDirOf(dir));
    expect(gitDirForEnv(await tempDir())).toBeUndefined();
  });
});

describe('gitDirOf', () => {
  it('names the same folder as git, from the files at a checkout’s top and from git below it or in a worktree', async () => {
    const dir = await tempRepo();
    const fromGit = async (cwd: string) =>
      (await simpleGit(cwd).raw(['rev-parse', '--absolute-git-dir'])).trim();
    expect(await gitDirOf(dir)).toBe(await fromGit(dir));
    const sub = join(dir, 'src');
    await mkdir(sub, { recursive: true });
    expect(await gitDirOf(sub)).toBe(await fromGit(sub));
    const wt = join(await tempDir(), 'wt');
    await simpleGit(dir).raw(['worktree', 'add', '--quiet', '--detach', wt]);
    expect(await gitDirOf(wt)).toBe(await fromGit(wt));
    await expect(gitDirOf(await tempDir())).rejects.toThrow(/is not a git repository/);
  });
});
