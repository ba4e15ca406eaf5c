import { GitError } from '../core/errors.js';
import { taskKey } from '../core/task.js';
import { CatFileBatch } from '../git/cat-file-batch.js';
import { refSurelyAbsent } from '../git/refs.js';
import { filesBelow, foldersIn } from '../git/tree-objects.js';
import { LEDGER_ROOT } from './ledger-layout.js';
import type { StoredEntry } from './read-ledger.js';

/**
 * One task's folders on a ref (`ledger/<yyyy>/<mm>/<key>`, in path order), each with its entry
 * files, through ONE `git cat-file --batch`: the ref, the year and month folders, the task's
 * folder in each month and every file in it are objects asked of the same process. A task's
 * history is read without reading the rest of the ledger, as before, and in one git process
 * instead of seven (rev-parse, three `ls-tree -d`, rev-parse, `ls-tree -r`, `cat-file`): every
 * job reads a task's history several times. Nothing when the ref does not exist.
 */
export async function* readTaskFolders(
  repoDir: string,
  ref: string,
  task: string,
): AsyncGenerator<{ folder: string; entries: StoredEntry[] }> {
  if (refSurelyAbsent(repoDir, ref)) return;
  const cat = new CatFileBatch(repoDir);
  try {
    const commit = await cat.lookup(`${ref}^{commit}`);
    if (commit?.type !== 'commit') return;
    const key = taskKey(task);
    const root = LEDGER_ROOT.slice(0, -1);
    for (const year of await foldersIn(cat, `${commit.id}:${root}`))
      for (const month of await foldersIn(cat, year.id)) {
        const found = await cat.lookup(`${month.id}:${key}`);
        if (found?.type !== 'tree') continue;
        const folder = `${root}/${year.name}/${month.name}/${key}`;
        yield { folder, entries: await entriesBelow(cat, found.id, folder, ref) };
      }
  } finally {
    await cat.close();
  }
}

/**
 * The entry files below one folder on a ref, in path order, through one `git cat-file --batch`
 * (see `readTaskFolders`); empty when the ref or the folder does not exist.
 */
export async function readFolderEntries(
  repoDir: string,
  ref: string,
  folder: string,
): Promise<StoredEntry[]> {
  if (refSurelyAbsent(repoDir, ref)) return [];
  const cat = new CatFileBatch(repoDir);
  try {
    const commit = await cat.lookup(`${ref}^{commit}`);
    if (commit?.type !== 'commit') return [];
    return await folderEntriesVia(cat, commit.id, folder, ref);
  } finally {
    await cat.close();
  }
}

/**
 * `readFolderEntries` at a known commit through a `cat-file --batch` the caller already runs
 * (a ledger flush reads the branch's state and the folders it re-links in one process).
 */
export async function folderEntriesVia(
  cat: CatFileBatch,
  commit: string,
  folder: string,
  ref: string,
): Promise<StoredEntry[]> {
  const tree = await cat.lookup(`${commit}:${folder}`);
  if (tree?.type !== 'tree') return [];
  return entriesBelow(cat, tree.id, folder, ref);
}

/**
 * The `.json` files below a tree with their bytes, as `ls-tree -r` piped into `cat-file` gives
 * them (`readTreeBlobBatches`): every file's object is asked for at once (git answers in
 * order), a missing one is an error, and what is not a blob (a submodule's commit) is skipped.
 */
async function entriesBelow(
  cat: CatFileBatch,
  treeId: string,
  folder: string,
  ref: string,
): Promise<StoredEntry[]> {
  const files = await filesBelow(cat, treeId, folder);
  const objects = await Promise.all(files.map((f) => cat.lookup(f.id)));
  const out: StoredEntry[] = [];
  files.forEach((f, i) => {
    const o = objects[i];
    if (!o)
      throw new GitError(`git object ${f.id} ${f.path} on ${ref} is missing`, {
        hint: 'The repository is incomplete: fetch the branch again (git fetch).',
      });
    if (o.type === 'blob' && f.path.endsWith('.json'))
      out.push({ path: f.path, blob: f.id, bytes: o.bytes });
  });
  return out;
}
