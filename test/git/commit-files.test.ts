import { describe, expect, it } from 'vitest';
import { simpleGit } from 'simple-git';
import { GitError } from '../../src/core/errors.js';
import { commitFiles } from '../../src/git/commit-files.js';
import { tempRepo } from '../support/temp-repo.js';

const who = { name: 'AIOS', email: 'aios@localhost' };

describe('commitFiles', () => {
  it('commits onto a new branch from a base without touching the work tree', async () => {
    const dir = await tempRepo({ 'a.txt': 'a\n' });
    const git = simpleGit(dir);
    const base = (await git.revparse(['HEAD'])).trim();
    const sha = await commitFiles(dir, {
      ref: 'refs/heads/aios/x',
      parent: base,
      files: [{ path: 'dir/b.md', content: 'héllo\n' }],
      message: 'subject\n\nAI-Persona: editor\n',
      author: who,
      time: 1_700_000_000,
    });
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect((await git.revparse(['aios/x'])).trim()).toBe(sha);
    expect(await git.show(['aios/x:dir/b.md'])).toBe('héllo\n');
    expect(await git.show(['aios/x:a.txt'])).toBe('a\n');
    expect(
      (
        await git.raw(['log', '-1', '--format=%(trailers:key=AI-Persona,valueonly)', 'aios/x'])
      ).trim(),
    ).toBe('editor');
    expect((await git.status()).isClean()).toBe(true);
    expect((await git.revparse(['--abbrev-ref', 'HEAD'])).trim()).toBe('main');
  });

  it('refuses to move a ref that another writer moved (compare-and-swap), as retryable', async () => {
    const dir = await tempRepo();
    const base = (await simpleGit(dir).revparse(['HEAD'])).trim();
    await commitFiles(dir, {
      ref: 'refs/heads/l',
      parent: base,
      files: [{ path: 'one', content: '1' }],
      message: 'one\n',
      author: who,
      time: 1,
    });
    // A second writer that still believes the tip is `base` loses the race.
    const error = await commitFiles(dir, {
      ref: 'refs/heads/l',
      parent: base,
      files: [{ path: 'two', content: '2' }],
      message: 'two\n',
      author: who,
      time: 2,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).retryable).toBe(true);
  });

  // A small import is unpacked into loose objects by git anyway, so its temporary pack is not
  // synced (one fsync per commit saved); a larger one is kept as a pack, synced as git does.
  it('stores a small import loose whatever the repository unpack limit, a large one as a pack', async () => {
    const dir = await tempRepo();
    const git = simpleGit(dir);
    await git.addConfig('fastimport.unpackLimit', '0'); // would keep even one object packed
    const packs = async (): Promise<number> =>
      Number(/^packs: (\d+)$/m.exec(await git.raw(['count-objects', '-v']))?.[1]);
    const small = await commitFiles(dir, {
      ref: 'refs/heads/small',
      parent: undefined,
      files: [
        { path: 'ledger/2026/11/t/a.json', content: '{}\n' },
        { path: 'prompts/ab/cd', content: 'text\n' },
      ],
      message: 'small\n',
      author: who,
      time: 1,
    });
    expect(await packs()).toBe(0);
    expect(await git.show([`${small}:prompts/ab/cd`])).toBe('text\n');
    const files = Array.from({ length: 120 }, (_, i) => ({
      path: `many/${i}.txt`,
      content: `${i}\n`,
    }));
    const large = await commitFiles(dir, {
      ref: 'refs/heads/large',
      parent: small,
      files,
      message: 'large\n',
      author: who,
      time: 2,
    });
    expect(await packs()).toBe(1);
    expect(await git.show([`${large}:many/119.txt`])).toBe('119\n');
    expect(await git.show([`${large}:prompts/ab/cd`])).toBe('text\n');
  });

  it('refuses unsafe paths', async () => {
    const dir = await tempRepo();
    await expect(
      commitFiles(dir, {
        ref: 'refs/heads/x',
        parent: undefined,
        files: [{ path: '../x', content: '' }],
        message: 'm\n',
        author: who,
        time: 1,
      }),
    ).rejects.toThrow(/unsafe path/);
  });
});
