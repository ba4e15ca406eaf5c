import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RepoIndex, type IndexUpdate } from './repo-index.js';
import type { Workspace } from './workspace.js';

/**
 * The workspace's index, brought up to its tree (only changed blobs are read), or undefined
 * when the workspace has none. The cache folder ignores itself (`.aios/cache/.gitignore`), so
 * the index never shows up as a change in the client's repository.
 */
export async function openUpdatedIndex(
  workspace: Workspace,
  onUpdate?: (update: IndexUpdate) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<RepoIndex | undefined> {
  const { indexFile, listEntries, readBlobs } = workspace;
  if (!indexFile || !listEntries || !readBlobs) return undefined;
  const dir = dirname(indexFile);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, '.gitignore'), '*\n', { flag: 'w' });
  const index = RepoIndex.open(indexFile);
  try {
    const entries = await listEntries.call(workspace);
    const ignoredPaths = workspace.ignoredPaths?.bind(workspace);
    const update = await index.update(entries, (blobs) => readBlobs.call(workspace, blobs), {
      ignored: ignoredPaths,
      onProgress,
    });
    onUpdate?.(update);
    return index;
  } catch (error) {
    index.close();
    throw error;
  }
}
