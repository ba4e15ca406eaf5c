import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { useRunTempDir } from './run-temp-dir.js';
import type { SharedDemoRun } from './shared-demo.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedDemo: SharedDemoRun;
  }
}

/**
 * Build dist/ before the suite when the source changed since the last build (the build's
 * stamp, scripts/build-stamp.mjs), so tests of the `aios` binary and the action run the current
 * source; then start `aios demo --json` once through that binary (test/support/shared-demo.ts),
 * for the tests that read a finished demo or start from one, instead of each running its own.
 * The demo runs beside the first test files: only the tests that read it wait for it.
 * Everything the run puts in the temporary folder goes in a folder of its own
 * (test/support/run-temp-dir.ts), removed whole when the run ends.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const runTemp = useRunTempDir();
  gitHousekeepingOff();
  launcherPython();
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { stdio: 'inherit' });
  const base = mkdtempSync(join(tmpdir(), 'aios-shared-demo-'));
  const dir = join(base, 'demo');
  const resultFile = join(base, 'result.json');
  const child = spawn(process.execPath, ['bin/aios.js', 'demo', '--dir', dir, '--json'], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const finished = new Promise<void>((resolve) => {
    const done = (code: number, error?: Error) => {
      // The demo's own tests report a failed run (they check its exit code); the suite goes on.
      // Written whole and then renamed: readers never see half a result.
      const tmp = `${resultFile}.tmp`;
      writeFileSync(
        tmp,
        JSON.stringify({ code, stdout, stderr: error ? `${stderr}${String(error)}` : stderr }),
      );
      renameSync(tmp, resultFile);
      resolve();
    };
    child.on('error', (error) => done(1, error));
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
  project.provide('sharedDemo', { dir, resultFile });
  return async () => {
    await finished;
    runTemp.remove();
  };
}

/**
 * git's own housekeeping off for every git the run starts (the workers, and so every process
 * they start, inherit this environment): after a commit, merge or fetch git starts `git
 * maintenance run --auto`, which may start `git gc --auto`, two processes that find nothing to
 * do in a test's small repository, removed minutes later. One whole run started ~300
 * `maintenance run --auto` and ~80 `gc --auto` (process accounting, 2026-11-27). Given as
 * GIT_CONFIG_COUNT/KEY_n/VALUE_n (the same as `-c`, after every config file), appended to any
 * the environment already has; src/git/run-git.ts's `gitEnv` passes process.env on and adds no
 * GIT_CONFIG_*. Not reached: the `gc --auto` that receive-pack starts after a push to a local
 * bare repository, since git clears GIT_CONFIG_* for the receiving side of a local transport.
 */
export function gitHousekeepingOff(env: NodeJS.ProcessEnv = process.env): void {
  const settings: [string, string][] = [
    ['maintenance.auto', 'false'],
    ['gc.auto', '0'],
  ];
  const have = Number(env.GIT_CONFIG_COUNT ?? '0');
  if (!Number.isInteger(have) || have < 0)
    throw new Error(`GIT_CONFIG_COUNT is not a count: ${String(env.GIT_CONFIG_COUNT)}`);
  settings.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${have + i}`] = key;
    env[`GIT_CONFIG_VALUE_${have + i}`] = value;
  });
  env.GIT_CONFIG_COUNT = String(have + settings.length);
}

/**
 * The Python that starts the workers' processes (test/support/lean-spawn.ts), found once for
 * all workers: the interpreter itself, not a version manager's shim in front of it (pyenv's is a
 * shell script, ~50 ms a start). Python 3.10 or later, whose subprocess uses vfork(); without one
 * the workers start their processes with Node's own spawn, slower and otherwise the same.
 * `AIOS_TEST_PYTHON=<interpreter>` names one; set but empty, it turns the launcher off.
 */
function launcherPython(): void {
  if (process.env.AIOS_TEST_PYTHON !== undefined) return;
  try {
    const found = execFileSync(
      'python3',
      ['-I', '-S', '-c', 'import sys; assert sys.version_info >= (3, 10); print(sys.executable)'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
    if (found) process.env.AIOS_TEST_PYTHON = found;
  } catch {
    // No python3, or one too old: Node's own spawn it is.
  }
}
