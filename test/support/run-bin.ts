import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/core/package-root.js';

export interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the real `aios` binary (bin/aios.js → dist/cli.js) in a child process.
 *
 * Most tests of a command run it in the worker instead (`runCli`, test/support/run-cli.ts): a
 * process costs ~130 ms of CPU to start and load the bundle. This one is for what only a process
 * shows: signals and cancellation (test/e2e/cancel-signal.test.ts spawns it itself), stdout
 * staying pure JSON while a library logs (test/e2e/json-stdout.test.ts), exit codes as the shell
 * sees them, the bundle and its build id (test/cli/gate-command.test.ts, the string-width test in
 * test/cli/cli.test.ts, test/core/validated-cache.test.ts) and a real pipe's back-pressure (the
 * export to stdout). Each command family keeps at least one run of the built binary:
 *
 * - usage errors, `route`, `schema`: test/cli/cli.test.ts (exit 2 on bad usage and a bad config;
 *   `schema nope`); `gate`: the same file's display-width test, and gate-command.test.ts;
 * - `run`: test/e2e/cancel-signal.test.ts and json-stdout.test.ts; `demo`: the shared demo
 *   (test/support/global-setup.ts);
 * - `ledger`: test/reports/export.test.ts (JSON Lines to stdout);
 * - `receipt`: test/reports/receipt.test.ts (Markdown from the real command);
 * - `init`: test/app/init-ledger-ruleset.test.ts (the first init);
 * - `doctor`: test/models/doctor.test.ts; `eval`: test/evals/evals.test.ts (`--json`, nothing on
 *   stderr); `config`: test/config/check-config.test.ts (`config check`, nothing on stderr) and
 *   test/core/validated-cache.test.ts;
 * - `outcome`/`signoff`: test/cli/finish.test.ts (`outcome … merged`); `answer`:
 *   test/cli/answer.test.ts (an empty answer); `revert`: test/cli/revert.test.ts (no such task);
 * - `context`: test/context/context-command.test.ts (an unknown tier); `personas`:
 *   test/personas/persona-tools.test.ts (`personas lint`).
 *
 * test/core/run-cli.test.ts compares the two runners on help, usage errors and output.
 */
export function runBin(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'aios.js'), ...args], {
      cwd: options.cwd ?? packageRoot(),
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
