import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../src/git/cat-file-batch.js';
import { filesBelow, foldersIn } from '../../src/git/tree-objects.js';
import { readFolderEntries, readTaskFolders } from '../../src/ledger/read-task-folders.js';
import { tempRepo } from '../support/temp-repo.js';

const FILES = {
  'ledger/2026/11/a.b.1/01-planned.json': '{"a":1}\n',
  'ledger/2026/11/a.b.1/02-attempt.json': '{"a":2}\n',
  'ledger/2026/11/a.b.1/notes.txt': 'not an entry\n',
  'ledger/2026/11/a.b.1/deep/03-x.json': '{"a":3}\n',
  'ledger/2026/11/a.b.1-x/01-planned.json': '{"other":1}\n',
  'ledger/2026/11/a.b.1.z/01-planned.json': '{"other":2}\n',
  'ledger/2026/10/a.b.1/00-planned.json': '{"a":0}\n',
  'ledger/2025/12/a.b.2/00-planned.json': '{"b":0}\n',
  'ledger/2026/11/a.b.1/ünïcode name.json': '{"u":1}\n',
  'ledger/2026/11/a.b.1/with space/04.json': '{"a":4}\n',
};

/** A repository whose tree has nested folders, a symlink, an executable and a submodule. */
async function repo(): Promise<string> {
  const dir = await tempRepo(FILES);
  const git = simpleGit(dir);
  await symlink('01-planned.json', join(dir, 'ledger/2026/11/a.b.1/link.json'));
  await git.raw(['add', '.']);
  await git.raw([
    'update-index',
    '--add',
    '--cacheinfo',
    `160000,${'1'.repeat(40)},ledger/2026/11/a.b.2-sub`,
  ]);
  await git.raw(['update-index', '--chmod=+x', 'ledger/2026/11/a.b.1/02-attempt.json']);
  await git.commit('more');
  return dir;
}

/** `git ls-tree -r` of a folder: what the object walk must list, in the same order. */
async function lsTree(dir: string, folder: string): Promise<string[]> {
  const out = await simpleGit(dir).raw([
    '-c',
    'core.quotePath=false',
    'ls-tree',
    '-r',
    '--full-tree',
    '--format=%(objectmode) %(objectname) %(path)',
    'HEAD',
    '--',
    folder,
  ]);
  return out.split('\n').filter(Boolean);
}

describe('reading trees through one cat-file process', () => {
  it('lists a folder exactly as `git ls-tree -r` does (order, modes, nested, odd names)', async () => {
    const dir = await repo();
    const cat = new CatFileBatch(dir);
    try {
      for (const folder of ['ledger', 'ledger/2026/11', 'ledger/2026/11/a.b.1']) {
        const tree = await cat.lookup(`HEAD:${folder}`);
        const files = await filesBelow(cat, tree!.id, folder);
        const modes = files.map((f) => `${f.mode.padStart(6, '0')} ${f.id} ${f.path}`);
        expect(modes).toEqual(await lsTree(dir, `${folder}/`));
      }
      expect((await foldersIn(cat, 'HEAD:ledger')).map((f) => f.name)).toEqual(['2025', '2026']);
      expect(await foldersIn(cat, 'HEAD:ledger/2026/11/a.b.1/01-planned.json')).toEqual([]);
    } finally {
      await cat.close();
    }
  });

  it('reads one task’s folders in every month, and only its own', async () => {
    const dir = await repo();
    const read: { folder: string; paths: string[] }[] = [];
    for await (const { folder, entries } of readTaskFolders(dir, 'HEAD', 'a/b#1'))
      read.push({ folder, paths: entries.map((e) => e.path) });
    // The .json blobs below the folder (nested too), the symlink's blob included, as the
    // ls-tree | cat-file reader gives them; not the .txt file.
    expect(read).toEqual([
      { folder: 'ledger/2026/10/a.b.1', paths: ['ledger/2026/10/a.b.1/00-planned.json'] },
      {
        folder: 'ledger/2026/11/a.b.1',
        paths: [
          'ledger/2026/11/a.b.1/01-planned.json',
          'ledger/2026/11/a.b.1/02-attempt.json',
          'ledger/2026/11/a.b.1/deep/03-x.json',
          'ledger/2026/11/a.b.1/link.json',
          'ledger/2026/11/a.b.1/with space/04.json',
          'ledger/2026/11/a.b.1/ünïcode name.json',
        ],
      },
    ]);
    const first = (await readFolderEntries(dir, 'HEAD', 'ledger/2026/11/a.b.1'))[0]!;
    expect(first.bytes.toString()).toBe('{"a":1}\n');
    expect(first.blob).toBe((await simpleGit(dir).revparse([`HEAD:${first.path}`])).trim());
    expect(await readFolderEntries(dir, 'HEAD', 'ledger/2026/11/none')).toEqual([]);
    expect(await readFolderEntries(dir, 'refs/heads/none', 'ledger/2026/11/a.b.1')).toEqual([]);
    const none = [];
    for await (const f of readTaskFolders(dir, 'refs/heads/none', 'a/b#1')) none.push(f);
    expect(none).toEqual([]);
  });

  it('a submodule in a task folder whose commit the repository lacks is an error, as before', async () => {
    const dir = await repo();
    await expect(readFolderEntries(dir, 'HEAD', 'ledger/2026/11')).rejects.toThrow(
      /git object 1{40} ledger\/2026\/11\/a\.b\.2-sub on HEAD is missing/,
    );
  });
});
