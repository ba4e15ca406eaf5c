import { gitWithInput } from './run-git.js';

/**
 * Which of these blob ids the repository's object database holds, in one
 * `git cat-file --batch-check` (blobs only: an id naming another type is not present).
 */
export async function blobsPresent(repoDir: string, ids: readonly string[]): Promise<Set<string>> {
  const wanted = ids.filter((id) => /^[0-9a-f]{40}$/.test(id));
  if (wanted.length === 0) return new Set();
  const r = await gitWithInput(repoDir, ['cat-file', '--batch-check'], `${wanted.join('\n')}\n`);
  const present = new Set<string>();
  if (r.code !== 0) return present;
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [id, type] = line.split(' ');
    if (id && type === 'blob') present.add(id);
  }
  return present;
}
