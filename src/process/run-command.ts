/**
 * The one place outside `src/git/` that starts a process: a repository's own shell command
 * (the code-readability gate's `checkCommand`), in its own process group with a deadline. Git
 * never runs from here; a test holds both rooms.
 */
import { spawn } from 'node:child_process';

/** How a command ended: its exit code (127 when it could not start), and its output's tail. */
export interface CommandResult {
  readonly code: number | null;
  readonly timedOut: boolean;
  /** The last `keepChars` characters of stdout and stderr, interleaved as they came. */
  readonly output: string;
}

/**
 * Run `command` through the shell in `cwd`. At `timeoutMs` the whole process group is killed,
 * so a deadline also stops whatever the command started.
 */
export async function runShellCommand(
  command: string,
  options: { cwd: string; timeoutMs: number; keepChars?: number },
): Promise<CommandResult> {
  const keepChars = options.keepChars ?? 4_000;
  const child = spawn(command, {
    cwd: options.cwd,
    shell: true,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, options.timeoutMs);
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString('utf8')).slice(-keepChars);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve) => {
    child.on('close', (c) => resolve(c));
    child.on('error', () => resolve(127));
  });
  clearTimeout(timer);
  return { code, timedOut, output };
}
