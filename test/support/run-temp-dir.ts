import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryTempDir } from './memory-temp-dir.js';

/** The temporary folder of one test run, and how to give it back. */
export interface RunTempDir {
  /** The folder: every temporary file of the run, and of every process it starts, lands here. */
  readonly dir: string;
  /** Remove the folder and everything in it, and put the previous TMPDIR back. Idempotent. */
  remove(): void;
}

/**
 * Give one test run its own temporary folder inside the TMPDIR the user chose, else in memory
 * when the machine has a tmpfs (`memoryTempDir`), else in the system's temporary folder, and
 * point TMPDIR at it, so that everything the run makes there lands in one place that the run
 * can remove whole when it ends. Tests remove what they make (`tempDir`, `tempRepo`), but not
 * everything made there is theirs to name: files written beside a temporary repository
 * (`<repo>-post.md`), folders of production code (`aios-check-*`, `aios-no-attributes-*`) left
 * by a worker that was stopped mid-test, the built CLI's compile cache. Removing the run's own folder cleans all of them without touching anything another run
 * on the same machine (another user's, another worktree's) has in the shared folder.
 *
 * Called in vitest's main process before any worker starts (global set-up): the workers and every
 * process a test starts inherit TMPDIR from it. A run stopped with Ctrl-C still removes its
 * folder (the `exit` handler); only a run killed outright leaves it, named `aios-run-*`.
 */
export function useRunTempDir(env: NodeJS.ProcessEnv = process.env): RunTempDir {
  const previous = env.TMPDIR;
  const dir = mkdtempSync(join(previous ?? memoryTempDir() ?? tmpdir(), 'aios-run-'));
  env.TMPDIR = dir;
  let removed = false;
  const remove = (): void => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    if (env.TMPDIR === dir) {
      if (previous === undefined) delete env.TMPDIR;
      else env.TMPDIR = previous;
    }
    // maxRetries: a process the run started may still be writing there as it exits.
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  process.on('exit', remove);
  return { dir, remove };
}
