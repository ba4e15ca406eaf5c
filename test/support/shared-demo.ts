/**
 * One run of `aios demo --json` through the real binary, started once per test run by
 * test/support/global-setup.ts, instead of a demo per test (each is three tasks through plan,
 * work, gates and delivery). Tests that only read a finished demo read it in place; tests that
 * go on from one (sign off, answer, revert, edit the ledger) work on their own copy.
 */
import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { tempDir } from './temp-repo.js';

/** Where the shared run works and where it writes its result when it ends (global setup). */
export interface SharedDemoRun {
  /** `<tmp>/demo`: the folder's name is the repository's, so task ids are `local/demo#…`. */
  readonly dir: string;
  /** `{ code, stdout, stderr }`, written whole when the demo process ends. */
  readonly resultFile: string;
}

/** The shared run: the kept repository (read only) and what the binary printed. */
export interface SharedDemo {
  readonly dir: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The demo runs beside the first test files; a test that reads it waits at most this long. */
const WAIT_MS = 120_000;

let finished: { file: string; demo: Promise<SharedDemo> } | undefined;

/**
 * The shared demo run, once it has ended. Do not write to its folder: other test files read it
 * at the same time.
 */
export function sharedDemo(): Promise<SharedDemo> {
  const run = inject('sharedDemo');
  if (finished?.file !== run.resultFile)
    finished = { file: run.resultFile, demo: waitForDemo(run) };
  return finished.demo;
}

async function waitForDemo(run: SharedDemoRun): Promise<SharedDemo> {
  const started = performance.now();
  while (!existsSync(run.resultFile)) {
    if (performance.now() - started > WAIT_MS)
      throw new Error(`the shared demo run (${run.dir}) did not end within ${WAIT_MS / 1000} s`);
    await sleep(50);
  }
  const result = JSON.parse(await readFile(run.resultFile, 'utf8')) as Omit<SharedDemo, 'dir'>;
  return { dir: run.dir, ...result };
}

/**
 * A copy of the finished demo repository, at `<new temp folder>/demo` (so its task ids are the
 * demo's own), removed after the test. A git repository copied whole is the same repository:
 * the demo's has no remote and no absolute path in its config.
 */
export async function copyOfDemo(): Promise<string> {
  const demo = await sharedDemo();
  if (demo.code !== 0) throw new Error(`the shared demo run failed (${demo.code}): ${demo.stderr}`);
  const dir = join(await tempDir(), 'demo');
  await cp(demo.dir, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}
