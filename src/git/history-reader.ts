import { createInterface } from 'node:readline';
import { GitError } from '../core/errors.js';
import { spawnGitStream } from './run-git.js';

/** One step of a first-parent history: a commit starts, then each path it changed. */
export type HistoryStep =
  | { readonly kind: 'commit'; readonly id: string }
  | {
      readonly kind: 'change';
      /** git's status letter: A added, M modified, D deleted, T type changed… */
      readonly status: string;
      readonly path: string;
    };

/**
 * The first-parent history of `tip`, oldest first, streamed from `git log --raw`: each commit
 * and the paths it changed against its first parent (renames are shown as delete + add).
 * Memory stays flat however long the history.
 */
export async function* readFirstParentHistory(
  repoDir: string,
  tip: string,
): AsyncGenerator<HistoryStep> {
  const git = spawnGitStream(repoDir, [
    '-c',
    'core.quotePath=false',
    'log',
    '--format=commit %H',
    '--raw',
    '--no-renames',
    '--no-abbrev',
    '--reverse',
    '--first-parent',
    '--diff-merges=first-parent',
    tip,
  ]);
  let finished = false;
  try {
    for await (const line of createInterface({ input: git.stdout, crlfDelay: Infinity })) {
      if (line.startsWith('commit ')) {
        yield { kind: 'commit', id: line.slice(7) };
        continue;
      }
      if (!line.startsWith(':')) continue;
      // ":<mode> <mode> <blob> <blob> <status>\t<path>"
      const tab = line.indexOf('\t');
      yield {
        kind: 'change',
        status: line.slice(0, tab).split(' ')[4] ?? '',
        path: line.slice(tab + 1),
      };
    }
    const { code, stderr } = await git.exited;
    if (code !== 0) throw new GitError(`cannot read the history of ${tip}: ${stderr}`);
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}
