import { spawn } from 'node:child_process';
import { GitError } from '../core/errors.js';

/** Environment for every git AIOS runs: no prompts, no pager, a stable locale. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', ...extra };
}

/**
 * Run git with bytes on stdin and collect stdout. simple-git serves the porcelain commands;
 * this serves the plumbing that needs stdin (fast-import, cat-file --batch), which simple-git
 * cannot feed.
 */
export function gitWithInput(
  cwd: string,
  args: readonly string[],
  input: string | Buffer | undefined,
  env: Record<string, string> = {},
): Promise<{ stdout: Buffer; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (cause) =>
      reject(
        new GitError(`cannot run git ${args[0] ?? ''}`, {
          cause,
          hint: 'Install git and put it on PATH.',
        }),
      ),
    );
    child.on('close', (code) =>
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? 1,
      }),
    );
    child.stdin.on('error', () => undefined); // the process may exit before reading all input; its exit code tells
    child.stdin.end(input);
  });
}
