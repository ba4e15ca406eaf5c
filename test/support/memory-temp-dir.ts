import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Point the test run's temporary folder at memory (`/dev/shm`, a tmpfs on Linux) when the
 * machine has one and the user has not chosen a TMPDIR. The suite makes and removes tens of
 * thousands of small files (git objects, refs, locks in ~10,000 git processes); on ext4 each new
 * file's inode search walks recently deleted inodes (`find_inode_bit`, `recently_deleted` were a
 * fifth of the kernel's time in a profile of the GitHub-path tests), which a tmpfs does not do:
 * the suite used 191 s of CPU with /tmp on ext4 and 160 s with the same tests on /dev/shm (one
 * run each, quiet two-core machine, 2026-11-27). The tests still run real git on a real file
 * system. Called from vitest.config.ts, in the main process, before the workers and global
 * set-up start, so every worker and every process a test starts inherits it.
 */
export function useMemoryTempDir(shm = '/dev/shm'): string | undefined {
  if (process.env.TMPDIR) return undefined;
  try {
    if (!statSync(shm).isDirectory()) return undefined;
    accessSync(shm, constants.W_OK);
    // One folder per user so that two users' runs on one machine do not share it.
    const dir = join(shm, `aios-test-${process.getuid?.() ?? 'user'}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    process.env.TMPDIR = dir;
    return dir;
  } catch {
    // No tmpfs (macOS, Windows, a container without /dev/shm): the default temporary folder.
    return undefined;
  }
}
