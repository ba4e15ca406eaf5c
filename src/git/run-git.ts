import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { GitError } from '../core/errors.js';

/**
 * Environment for every git AIOS runs: no prompts, no pager, a stable locale; and the objects
 * as they are. `git replace` refs and a grafts file (`info/grafts`) make git show other bytes
 * or other parents in place of the real ones while every id stays the same, so a replaced
 * ledger entry or a grafted-away history would pass every hash and descent check AIOS makes;
 * with both off, what AIOS reads is what the ids name (verify names a replacement it finds:
 * git/replace-refs.ts). The graft file is pointed at a path that cannot exist (below
 * /dev/null): git reads no grafts and, unlike for an empty file, says nothing.
 */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_GRAFT_FILE: '/dev/null/aios-no-grafts',
    ...extra,
  };
}

/**
 * Run git with bytes on stdin and collect stdout. The one-shot runner behind every git call
 * that answers in one piece (rev-parse, update-ref, fetch, push, fast-import); the streaming
 * readers use `spawnGitStream`. `src/git/` is the only folder that starts git.
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

/** A running git: how it ended, and a way to stop it. */
export interface GitToFd {
  /** Resolves when git has exited: its code (1 when it could not start) and what it wrote to stderr. */
  readonly exited: Promise<{ code: number; stderr: string }>;
  /** Stop git if it is still running (a consumer that stopped reading early). */
  kill(): void;
}

/** A running git whose output is read as it comes. */
export interface GitStream extends GitToFd {
  readonly child: ChildProcess;
  readonly stdout: Readable;
  readonly stdin: Writable | null;
}

/**
 * Start git with its stdout on `fd` (the write end of a pipe the caller reads itself; the
 * caller closes its own copy once git has it).
 */
export function spawnGitToFd(
  cwd: string,
  args: readonly string[],
  fd: number,
  env: Record<string, string> = {},
): GitToFd {
  return watchGit(spawn('git', args, { cwd, env: gitEnv(env), stdio: ['ignore', fd, 'pipe'] }));
}

/** Collect a started git's stderr, resolve `exited` when it ends, and stop it on `kill`. */
function watchGit(child: ChildProcess): GitToFd {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<{ code: number; stderr: string }>((resolve) => {
    child.on('error', (e) => {
      stderr += `cannot run git: ${e.message}`;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stderr: stderr.trim() }));
  });
  return {
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/**
 * Start git for a streaming read. `stdin` may be another git's stdout (a pipe between two git
 * processes that never passes through this one) or 'pipe' to write requests.
 */
export function spawnGitStream(
  cwd: string,
  args: readonly string[],
  stdin: 'ignore' | 'pipe' | Readable = 'ignore',
  env: Record<string, string> = {},
): GitStream {
  const stdio: StdioOptions = [stdin, 'pipe', 'pipe'];
  const child = spawn('git', args, { cwd, env: gitEnv(env), stdio });
  const watched = watchGit(child);
  child.stdin?.on('error', () => undefined); // a git that died early is reported by its exit code
  if (!child.stdout) throw new GitError(`git ${args[0] ?? ''} has no output pipe`);
  return { child, stdout: child.stdout, stdin: child.stdin, ...watched };
}
