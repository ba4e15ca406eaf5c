import { CatFileBatch } from '../git/cat-file-batch.js';
import { gitWithInput } from '../git/run-git.js';

/** Read access to the repository the work is about: the context port. */
export interface Workspace {
  listFiles(): Promise<string[]>;
  readFile(path: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * The repository as committed at a ref (HEAD by default), read from git objects: the work is
 * done against what is in the repository, not whatever is lying in someone's work tree.
 */
export async function openGitWorkspace(repoDir: string, ref = 'HEAD'): Promise<Workspace> {
  let cat: CatFileBatch | undefined;
  let files: string[] | undefined;
  return {
    async listFiles() {
      if (!files) {
        const r = await gitWithInput(
          repoDir,
          ['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref],
          undefined,
        );
        files = r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : [];
      }
      return files;
    },
    async readFile(path) {
      cat ??= new CatFileBatch(repoDir);
      const bytes = await cat.read(`${ref}:${path}`);
      return bytes?.toString('utf8');
    },
    async close() {
      await cat?.close();
    },
  };
}
