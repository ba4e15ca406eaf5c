import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { GitError } from '../../src/core/errors.js';
import { readTreeBlobBatches } from '../../src/git/batch-reader.js';
import { listTree } from '../../src/git/tree-reader.js';
import { readStoredEntries } from '../../src/ledger/read-ledger.js';
import { tempRepo } from '../support/temp-repo.js';

async function paths(gen: AsyncIterable<{ path: string }[]>): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of gen) out.push(...batch.map((f) => f.path));
  return out;
}

describe('reading a commit’s tree, or nothing, in one listing', () => {
  it('is nothing for a ref that is missing or names no commit, and the tree for a commit', async () => {
    const repo = await tempRepo({ 'ledger/a.json': '{}\n', 'x.md': 'x\n' });
    const tree = (await simpleGit(repo).revparse(['HEAD^{tree}'])).trim();
    const read = (ref: string) =>
      paths(readTreeBlobBatches(repo, ref, 'ledger/', { commitOrNothing: true }));
    expect(await read('HEAD')).toEqual(['ledger/a.json']);
    expect(await read('refs/heads/none')).toEqual([]);
    expect(await read(tree)).toEqual([]); // a tree, not a commit: nothing, as resolveCommit says
    // Without the option a tree is read, and a missing ref is an error, as before.
    expect(await paths(readTreeBlobBatches(repo, tree, 'ledger/'))).toEqual(['ledger/a.json']);
    await expect(paths(readTreeBlobBatches(repo, 'refs/heads/none', 'ledger/'))).rejects.toThrow(
      GitError,
    );
    const listed = async (ref: string, commitOrNothing = true) => {
      const out: string[] = [];
      for await (const f of listTree(repo, ref, 'ledger/', { commitOrNothing })) out.push(f.path);
      return out;
    };
    expect(await listed('HEAD')).toEqual(['ledger/a.json']);
    expect(await listed('refs/heads/none')).toEqual([]);
    expect(await listed(tree)).toEqual([]);
    expect(await listed(tree, false)).toEqual(['ledger/a.json']);
    await expect(listed('refs/heads/none', false)).rejects.toThrow(GitError);
    const entries = [];
    for await (const e of readStoredEntries(repo, 'refs/heads/none')) entries.push(e);
    expect(entries).toEqual([]);
  });

  it('still fails on a repository it cannot read', async () => {
    const repo = await tempRepo();
    await expect(
      paths(
        readTreeBlobBatches(`${repo}/no-such-folder`, 'HEAD', 'ledger/', { commitOrNothing: true }),
      ),
    ).rejects.toThrow();
  });
});
