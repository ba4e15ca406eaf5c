import { gitBlobId } from './commit-files.js';
import { gitWithInput } from './run-git.js';

/**
 * Does the commit already hold exactly these files? Compared by blob id (computed here, not by
 * git), in one `ls-tree` call: how deliveries stay idempotent across re-runs.
 */
export async function commitHoldsFiles(
  repoDir: string,
  commit: string,
  files: readonly { path: string; content: string }[],
): Promise<boolean> {
  const r = await gitWithInput(
    repoDir,
    ['ls-tree', '-z', '--full-tree', commit, '--', ...files.map((f) => f.path)],
    undefined,
  );
  const blobs = new Map<string, string>();
  for (const rec of r.stdout.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab > 0) blobs.set(rec.slice(tab + 1), rec.slice(0, tab).split(' ')[2] ?? '');
  }
  return files.every((f) => blobs.get(f.path) === gitBlobId(Buffer.from(f.content, 'utf8')));
}
