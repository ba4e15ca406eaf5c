import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { nodeOwn } from '../support/lean-spawn.js';
import { tempDir } from '../support/temp-repo.js';

// The tests start their processes through a launcher (test/support/lean-spawn.ts). Each case
// runs the same command through it and through Node's own spawn and expects the same outcome,
// so a difference in what a caller sees is a failing test here, not a puzzle in another file.

interface Outcome {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  events: string[];
}

function outcome(child: ChildProcess, input?: string | Buffer): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const events: string[] = [];
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('spawn', () => events.push('spawn'));
    child.on('exit', () => events.push('exit'));
    child.on('error', reject);
    child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
      events.push('close');
      resolve({ stdout, stderr, code, signal, events });
    });
    child.stdin?.on('error', () => undefined);
    if (input !== undefined) child.stdin?.end(input);
  });
}

const own = () => nodeOwn();
const parentPid = async (start: typeof spawn) =>
  Number((await outcome(start('sh', ['-c', 'echo $PPID']))).stdout.trim());

describe('the test process launcher', () => {
  it('is what starts the tests’ processes: the Python global setup found, else Node’s own spawn', async () => {
    expect(await parentPid(own().spawn)).toBe(process.pid);
    const python = process.env.AIOS_TEST_PYTHON;
    const parent = await parentPid(spawn);
    if (!python) {
      // No Python 3.10 or later on this machine: the worker starts its processes itself.
      expect(parent).toBe(process.pid);
      return;
    }
    expect(spawn).not.toBe(own().spawn);
    expect(parent).not.toBe(process.pid);
    const command = (await readFile(`/proc/${parent}/cmdline`, 'utf8')).split('\0');
    expect(command[0]).toBe(python);
    expect(command).toContain(
      fileURLToPath(new URL('../support/spawn-launcher.py', import.meta.url)),
    );
  });

  it('gives the same output, exit code and events as Node’s own spawn', async () => {
    const script = 'printf "out\\n"; printf "err\\n" >&2; exit 3';
    const launched = await outcome(spawn('sh', ['-c', script]));
    const direct = await outcome(own().spawn('sh', ['-c', script]));
    expect(launched).toEqual(direct);
    expect(launched).toEqual({
      stdout: 'out\n',
      stderr: 'err\n',
      code: 3,
      signal: null,
      events: ['spawn', 'exit', 'close'],
    });
  });

  it('passes the working folder and environment, the current process.env when none is given', async () => {
    const dir = await tempDir('aios-launcher-');
    vi.stubEnv('AIOS_LAUNCHER_PROBE', 'from-process-env');
    const script = 'pwd; echo "$AIOS_LAUNCHER_PROBE"; echo "$ONLY_GIVEN"';
    for (const start of [spawn, own().spawn]) {
      expect((await outcome(start('sh', ['-c', script], { cwd: dir }))).stdout).toBe(
        `${dir}\nfrom-process-env\n\n`,
      );
      const given = start('sh', ['-c', script], { cwd: dir, env: { ONLY_GIVEN: 'yes' } });
      expect((await outcome(given)).stdout).toBe(`${dir}\n\nyes\n`);
    }
  });

  it('runs a command through the shell, stops it at its timeout and names argv0 as Node does', async () => {
    for (const start of [spawn, own().spawn]) {
      const shell = await outcome(start('echo', ['"$0"', '$((6 * 7))'], { shell: true }));
      expect(shell).toMatchObject({ stdout: '/bin/sh 42\n', code: 0 });
      const late = await outcome(start('sleep', ['30'], { timeout: 150, killSignal: 'SIGKILL' }));
      expect(late).toMatchObject({ code: null, signal: 'SIGKILL' });
      const named = await outcome(start('sh', ['-c', 'echo "$0"'], { argv0: 'custom-name' }));
      expect(named.stdout).toBe('custom-name\n');
    }
  });

  it('reports a working folder that does not exist as Node does (ENOENT, named for the command)', async () => {
    const missing = join(await tempDir('aios-launcher-'), 'gone');
    const seen = await Promise.all(
      [spawn, own().spawn].map(
        (start) =>
          new Promise<{ code?: string; syscall?: string }>((resolve) => {
            const child = start('sh', ['-c', 'exit 0'], { cwd: missing });
            let error: NodeJS.ErrnoException | undefined;
            child.on('error', (e: NodeJS.ErrnoException) => (error = e));
            child.on('close', () => resolve({ code: error?.code, syscall: error?.syscall }));
          }),
      ),
    );
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]).toEqual({ code: 'ENOENT', syscall: 'spawn sh' });
  });

  it('streams large input and output both ways', async () => {
    const input = Buffer.alloc(4 * 1024 * 1024, 'abcdefghij\n');
    const launched = await outcome(spawn('cat'), input);
    expect(launched.stdout.length).toBe(input.length);
    expect(launched.stdout).toBe(input.toString('utf8'));
    expect(launched.code).toBe(0);
  });

  it('ends well when a child exits without reading its input', async () => {
    const input = Buffer.alloc(2 * 1024 * 1024, 'x');
    for (const start of [spawn, own().spawn]) {
      const child = start('sh', ['-c', 'exit 0']);
      const stdinErrors: string[] = [];
      child.stdin?.on('error', (e: NodeJS.ErrnoException) => stdinErrors.push(e.code ?? ''));
      const done = await outcome(child, input);
      expect(done.code).toBe(0);
      // A pipe reports EPIPE for input still being written when the reader went, or nothing.
      expect(stdinErrors.every((c) => c === 'EPIPE')).toBe(true);
    }
  });

  it('stops a child with the signal asked for', async () => {
    for (const start of [spawn, own().spawn]) {
      const child = start('sleep', ['30']);
      const done = outcome(child);
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(child.kill('SIGTERM')).toBe(true);
      expect(child.killed).toBe(true);
      expect(await done).toMatchObject({ code: null, signal: 'SIGTERM' });
      expect(child.exitCode).toBeNull();
      expect(child.signalCode).toBe('SIGTERM');
      expect(child.kill()).toBe(false);
    }
  });

  it('reports a command that does not exist as Node does: error ENOENT, then close', async () => {
    const seen = await Promise.all(
      [spawn, own().spawn].map(
        (start) =>
          new Promise<{ code?: string; syscall?: string; path?: string; closed: boolean }>(
            (resolve) => {
              const child = start('aios-no-such-command', ['x']);
              let error: NodeJS.ErrnoException | undefined;
              child.on('error', (e: NodeJS.ErrnoException) => (error = e));
              child.on('close', () =>
                resolve({
                  code: error?.code,
                  syscall: error?.syscall,
                  path: error?.path,
                  closed: true,
                }),
              );
            },
          ),
      ),
    );
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]).toEqual({
      code: 'ENOENT',
      syscall: 'spawn aios-no-such-command',
      path: 'aios-no-such-command',
      closed: true,
    });
  });

  it('hands one child’s output to another as its input, even when the first stream is then destroyed', async () => {
    const first = spawn('sh', ['-c', 'seq 1 200000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    if (!first.stdout) throw new Error('no stdout');
    const second = spawn('wc', ['-l'], { stdio: [first.stdout, 'pipe', 'pipe'] });
    // What src/git/batch-reader.ts does once the second git holds the pipe.
    first.stdout.destroy();
    const [a, b] = await Promise.all([outcome(first), outcome(second)]);
    expect(a.code).toBe(0);
    expect(b).toMatchObject({ stdout: '200000\n', code: 0 });
  });

  it('ends the writer, failed, when the reader goes first', async () => {
    for (const start of [spawn, own().spawn]) {
      const first = start('yes', [], { stdio: ['ignore', 'pipe', 'pipe'] });
      if (!first.stdout) throw new Error('no stdout');
      const second = start('head', ['-c', '10'], { stdio: [first.stdout, 'pipe', 'pipe'] });
      first.stdout.destroy();
      const [a, b] = await Promise.all([outcome(first), outcome(second)]);
      expect(b).toMatchObject({ stdout: 'y\ny\ny\ny\ny\n', code: 0 });
      // Through a pipe the writer dies of SIGPIPE; through the launcher's socket, closed with
      // unread bytes in it, its write fails with ECONNRESET and it exits with an error. Either
      // way it ends, failed, instead of blocking on a reader that is gone.
      expect(a.signal === 'SIGPIPE' || (a.code !== null && a.code !== 0)).toBe(true);
    }
  });

  it('leaves to Node’s own spawn what a launcher cannot give: a detached process group', async () => {
    const child = spawn('sh', ['-c', 'echo $PPID'], { detached: true });
    expect(Number((await outcome(child)).stdout.trim())).toBe(process.pid);
  });

  it('gives execFile’s results and errors as Node’s own does, promisified too', async () => {
    const launched = promisify(execFile);
    const direct = promisify(own().execFile);
    for (const run of [launched, direct]) {
      expect(await run('sh', ['-c', 'printf ok; printf warn >&2'])).toEqual({
        stdout: 'ok',
        stderr: 'warn',
      });
      const failed = await run('sh', ['-c', 'printf partial; printf bad >&2; exit 2']).catch(
        (e: unknown) => e,
      );
      expect(failed).toMatchObject({
        code: 2,
        killed: false,
        signal: null,
        cmd: 'sh -c printf partial; printf bad >&2; exit 2',
        stdout: 'partial',
        stderr: 'bad',
      });
      expect((failed as Error).message).toBe(
        'Command failed: sh -c printf partial; printf bad >&2; exit 2\nbad',
      );
      const tooMuch = await run('sh', ['-c', 'seq 1 100000'], { maxBuffer: 1000 }).catch(
        (e: unknown) => e,
      );
      expect(tooMuch).toMatchObject({ code: 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' });
      expect((tooMuch as { stdout: string }).stdout).toHaveLength(1000);
      const slow = await run('sleep', ['30'], { timeout: 100 }).catch((e: unknown) => e);
      expect(slow).toMatchObject({ killed: true, signal: 'SIGTERM', code: null });
      // Options that are spawn's, not execFile's, reach the child (a shell here).
      expect(await run('printf "%s" "$((1 + 2))"', { shell: true })).toEqual({
        stdout: '3',
        stderr: '',
      });
      const bytes = await run('printf', ['\\x00\\xff'], { encoding: 'buffer' });
      expect(bytes.stdout).toEqual(Buffer.from([0, 0xff]));
    }
  });

  it('gives execFile’s callback form and the child it returns', async () => {
    const result = await new Promise<string>((resolve, reject) => {
      const child = execFile('cat', (error, stdout) => (error ? reject(error) : resolve(stdout)));
      child.stdin?.end('through stdin');
    });
    expect(result).toBe('through stdin');
  });
});
