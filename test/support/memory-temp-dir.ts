import { accessSync, constants, lstatSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folder in memory (`/dev/shm`, a tmpfs on Linux) where a test run puts its own temporary
 * folder (test/support/run-temp-dir.ts) when the user has not chosen a TMPDIR, or undefined
 * when the machine has none. The suite makes and removes tens of thousands of small files (git
 * objects, refs, locks in ~10,000 git processes); on ext4 each new file's inode search walks
 * recently deleted inodes (`find_inode_bit`, `recently_deleted` were a fifth of the kernel's
 * time in a profile of the GitHub-path tests), which a tmpfs does not do: the suite used 191 s
 * of CPU with /tmp on ext4 and 147–160 s with the same tests on /dev/shm (single runs, quiet
 * two-core machine, 2026-11-27; docs/benchmarks.md, the test-step table). The tests still run
 * real git on a real file system.
 */
export function memoryTempDir(shm = '/dev/shm'): string | undefined {
  try {
    if (!statSync(shm).isDirectory()) return undefined;
    accessSync(shm, constants.W_OK);
    // One folder per user: a run killed outright leaves its `aios-run-*` there, not loose.
    const uid = process.getuid?.();
    const dir = join(shm, `aios-test-${uid ?? 'user'}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // /dev/shm is shared like /tmp, and the name is known: another user may have made it first
    // (or a link by that name). Whoever owns the folder, or may write in it, can swap the run's
    // folder for a link to anywhere, so only a real folder of ours that no one else may write
    // in is used.
    const made = lstatSync(dir);
    if (!made.isDirectory() || (uid !== undefined && made.uid !== uid) || made.mode & 0o022)
      return undefined;
    return dir;
  } catch {
    // No tmpfs (macOS, Windows, a container without /dev/shm): the default temporary folder.
    return undefined;
  }
}
