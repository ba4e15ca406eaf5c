/**
 * One run of `aios demo --json` through the real binary, made once per test run by
 * test/support/global-setup.ts, instead of a demo per test (each is three tasks through plan,
 * work, gates and delivery). Tests that only read a finished demo read it in place; tests that
 * go on from one (sign off, answer, revert, edit the ledger) work on their own copy.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { tempDir } from './temp-repo.js';

/** The shared run: the kept repository (read only) and what the binary printed. */
export interface SharedDemo {
  /** `<tmp>/demo`: the folder's name is the repository's, so task ids are `local/demo#…`. */
  readonly dir: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The shared demo run. Do not write to its folder: other test files read it at the same time. */
export function sharedDemo(): SharedDemo {
  return inject('sharedDemo');
}

/**
 * A copy of the finished demo repository, at `<new temp folder>/demo` (so its task ids are the
 * demo's own), removed after the test. A git repository copied whole is the same repository:
 * the demo's has no remote and no absolute path in its config.
 */
export async function copyOfDemo(): Promise<string> {
  const demo = sharedDemo();
  if (demo.code !== 0) throw new Error(`the shared demo run failed (${demo.code}): ${demo.stderr}`);
  const dir = join(await tempDir(), 'demo');
  await cp(demo.dir, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}
