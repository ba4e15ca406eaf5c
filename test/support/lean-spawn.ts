import childProcess, {
  type ChildProcess,
  type ExecFileOptions,
  type SpawnOptions,
} from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { syncBuiltinESMExports } from 'node:module';
import { createServer, type Socket } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { onWorkerStop } from './worker-stop.js';

// Why the tests start their processes through a launcher.
//
// A test worker holds 230–500 MB (vitest, the modules its files load), and Node starts every
// child with fork() on Linux (libuv has no posix_spawn path there): each spawn copies the
// worker's page tables, the child tears them down again at exec, and the worker then takes a
// copy-on-write fault on each page it writes next. The tests started ~4,900 processes from their
// workers (git mostly, the built CLI, cp; most commands now run in the worker, run-cli.ts), so
// that copying was the largest single cost of the suite: ~17 s of CPU in the kernel's
// page-table code in one profiled run (perf record -a, 2026-11-27). A launcher of ~40 MB
// started once per worker forked for it instead: the suite's CPU went from ~118 s to ~98–102 s,
// its wall from ~70 s to ~60–63 s (quiet machine, same day). That launcher was Node, and forked
// too: 7.7% of the suite's CPU samples were its own (perf, same day). The launcher is now a
// Python process (test/support/spawn-launcher.py), whose subprocess starts each child with
// vfork(): no page table copied, none torn down. perf put it at 3.3% of the samples, and two
// alternating pairs of runs gave 100.4 and 92.2 s of CPU against 98.5 and 103.0 s (system time
// 21.5/19.6 s against 24.4/25.8 s). Global setup finds the interpreter (global-setup.ts); on a
// machine without Python 3.10 or later the workers use Node's own spawn, slower and the same.
// The child is the same program with the same arguments, environment, working folder and
// stdio: each pipe is a Unix socket between the worker and the child (the launcher closes its
// own copy), so bytes go straight from one to the other; another launched child's output as
// stdin is passed on through the worker. One difference a caller can see: a writer whose reader
// went first fails with ECONNRESET where a pipe would kill it with SIGPIPE (both end it, failed).
// What a launcher cannot give exactly (detached process groups, an AbortSignal, an fd or a
// foreign stream as stdio, a synchronous call) goes to Node's own spawn, as do all calls when
// the launcher is gone. test/core/lean-spawn.test.ts holds the two to the same outcomes.

type StdioKind = 'pipe' | 'ignore' | 'inherit';

interface LaunchRequest {
  t: 'spawn';
  id: number;
  file: string;
  args: string[];
  options: Record<string, unknown>;
  stdio: StdioKind[];
  /** The environment, left out when it is the one the previous request sent. */
  env?: Record<string, string | undefined>;
}

type LauncherMessage =
  | { t: 'spawned'; id: number; pid: number }
  | { t: 'exit'; id: number; code: number | null; signal: NodeJS.Signals | null }
  | {
      t: 'error';
      id: number;
      error: { message: string; code?: string; errno?: number; syscall?: string; path?: string };
    };

/** The launched child whose stdout or stderr each output stream is. */
const outputOwners = new WeakMap<Readable, LaunchedChild>();

const installedKey = Symbol.for('aios.test.lean-spawn');
const launcherFile = fileURLToPath(new URL('./spawn-launcher.py', import.meta.url));

/**
 * One child started by the launcher, with the shape and events of Node's ChildProcess that the
 * project and its libraries use: stdin/stdout/stderr streams, `spawn`, `error`, `exit` and
 * `close` (after exit and the end of stdout and stderr), exitCode, signalCode, pid and kill().
 */
class LaunchedChild extends EventEmitter {
  pid: number | undefined = undefined;
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  killed = false;
  readonly connected = false;
  readonly stdin: PassThrough | null;
  readonly stdout: PassThrough | null;
  readonly stderr: PassThrough | null;
  readonly stdio: [PassThrough | null, PassThrough | null, PassThrough | null];
  private readonly handedOver = new Map<PassThrough, PassThrough>();
  /** Pipes whose socket has not arrived yet: the child stays known until they all have. */
  private awaitedPipes: number;
  private closesNeeded = 1;
  private closesGot = 0;
  private exited = false;

  constructor(
    readonly spawnfile: string,
    readonly spawnargs: string[],
    stdio: StdioKind[],
    private readonly launcher: Launcher,
    private readonly id: number,
  ) {
    super();
    const make = (fd: number): PassThrough | null =>
      stdio[fd] === 'pipe' ? new PassThrough() : null;
    this.stdin = make(0);
    this.stdout = make(1);
    this.stderr = make(2);
    this.stdio = [this.stdin, this.stdout, this.stderr];
    this.awaitedPipes = stdio.filter((kind) => kind === 'pipe').length;
    for (const out of [this.stdout, this.stderr]) {
      if (!out) continue;
      outputOwners.set(out, this);
      this.closesNeeded++;
      out.on('close', () => this.maybeClose());
    }
  }

  /** The socket for pipe `fd` has arrived: join it to the stream the caller holds. */
  attach(fd: number, socket: Socket): void {
    this.awaitedPipes--;
    this.join(fd, socket);
  }

  /** Exited (or failed) and every pipe's socket in: nothing more will arrive for this child. */
  get settled(): boolean {
    return this.exited && this.awaitedPipes <= 0;
  }

  private join(fd: number, socket: Socket): void {
    if (fd === 0 && this.stdin) {
      const stdin = this.stdin;
      if (this.exited || stdin.destroyed) {
        socket.destroy();
        return;
      }
      // The worker never reads from a child's stdin socket.
      socket.on('data', () => undefined);
      socket.on('error', (error: NodeJS.ErrnoException) => {
        // A child that exits without reading all its input: a pipe says EPIPE to a write still
        // pending and nothing once the input was all handed over, and so does this.
        if (stdin.writableFinished && stdin.readableEnded) return;
        stdin.destroy(Object.assign(new Error(`write EPIPE`), { code: 'EPIPE', cause: error }));
      });
      stdin.on('close', () => {
        if (!stdin.readableEnded) socket.destroy();
      });
      stdin.pipe(socket);
      return;
    }
    const out = fd === 1 ? this.stdout : fd === 2 ? this.stderr : null;
    if (!out) {
      socket.destroy();
      return;
    }
    const inner = this.handedOver.get(out);
    if (inner) {
      // The bytes go to the other child; the stream the caller holds only ends with them.
      socket.on('error', (error) => inner.destroy(error));
      socket.on('end', () => {
        if (!out.destroyed) out.end();
      });
      // The reader went (it exited, or its input was closed): the writer's next write fails
      // (ECONNRESET where a pipe would raise SIGPIPE), so it ends instead of blocking.
      inner.on('close', () => {
        if (!socket.readableEnded) socket.destroy();
      });
      socket.pipe(inner);
      return;
    }
    if (out.destroyed) {
      socket.destroy();
      return;
    }
    socket.on('error', (error) => out.destroy(error));
    out.on('close', () => {
      if (!socket.readableEnded) socket.destroy();
    });
    socket.pipe(out);
  }

  /**
   * `out` (this child's stdout or stderr) is another child's stdin. Node hands that child the
   * pipe's fd, so the caller may then destroy its own stream (`readTreeBlobBatches` does) and
   * the other child still reads everything: here the bytes go to the stream returned, which
   * feeds the other child, and `out` no longer carries them.
   */
  handOver(out: PassThrough): PassThrough {
    const inner = new PassThrough();
    // Called as the other child is started, before any socket can have arrived.
    this.handedOver.set(out, inner);
    return inner;
  }

  /** The launcher started the child. */
  spawned(pid: number): void {
    this.pid = pid;
    this.emit('spawn');
  }

  /** The child could not be started (Node says so with `error`, then `close`). */
  failed(error: Error & { errno?: number }): void {
    this.exited = true;
    this.exitCode = typeof error.errno === 'number' ? error.errno : -1;
    this.emit('error', error);
    for (const stream of this.stdio) stream?.destroy();
    this.maybeClose();
  }

  /** The child exited: as Node does, stdin is destroyed and unread output is drained. */
  exit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true;
    this.exitCode = code;
    this.signalCode = signal;
    this.stdin?.destroy();
    this.emit('exit', code, signal);
    process.nextTick(() => {
      for (const out of [this.stdout, this.stderr]) if (out?.readable) out.resume();
    });
    this.maybeClose();
  }

  kill(signal: NodeJS.Signals | number = 'SIGTERM'): boolean {
    if (this.exited) return false;
    this.launcher.send({ t: 'kill', id: this.id, signal });
    this.killed = true;
    return true;
  }

  ref(): void {
    this.launcher.hold(this.id);
  }

  unref(): void {
    this.launcher.release(this.id);
  }

  private maybeClose(): void {
    this.closesGot++;
    if (this.closesGot === this.closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }
}

/** The launcher process of this worker, the server its sockets connect to, and the requests. */
class Launcher {
  private readonly children = new Map<number, LaunchedChild>();
  private readonly held = new Set<number>();
  private readonly queue: string[] = [];
  private nextId = 1;
  private lastEnvText = '';
  /** The launcher's control connection (id 0), once it has connected. */
  private control: Socket | undefined;
  private gone = false;
  private readonly process: ChildProcess | undefined;

  constructor(spawnOriginal: typeof childProcess.spawn, python: string | undefined) {
    if (!python) {
      this.gone = true;
      return;
    }
    // An abstract socket (Linux): no file to clean up. Its name goes as an argument without the
    // leading NUL, which arguments cannot hold.
    const name = `aios-test-spawn-${process.pid}-${randomBytes(6).toString('hex')}`;
    const server = createServer((socket) => this.accept(socket));
    server.listen(`\0${name}`);
    server.unref();
    const launcher = spawnOriginal(python, ['-I', '-S', launcherFile, name], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    this.process = launcher;
    const stop = () => {
      this.gone = true;
      this.control?.destroy();
      for (const [id, child] of this.children) {
        this.children.delete(id);
        if (child.exitCode !== null || child.signalCode !== null) continue;
        child.failed(Object.assign(new Error('the test process launcher stopped'), { errno: -1 }));
      }
    };
    launcher.on('exit', stop);
    launcher.on('error', stop);
    launcher.unref();
  }

  /**
   * End the launcher and wait until this worker has reaped it: the CPU time of the launcher and
   * of every process it started then counts in this worker's children's times, and so in what
   * `/usr/bin/time npm test` reports (bench/test-suite.bench.mjs), as when the worker started
   * them itself.
   */
  stop(): Promise<void> {
    const launcher = this.process;
    if (!launcher || launcher.exitCode !== null || launcher.signalCode !== null) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      launcher.once('exit', () => resolve());
      launcher.ref();
      // The launcher stops when its control connection ends (or at once, if it never connected).
      if (this.control) this.control.end();
      else launcher.kill();
    });
  }

  /** False once the launcher has stopped: spawn goes to Node's own then. */
  get usable(): boolean {
    return !this.gone;
  }

  start(file: string, args: string[], options: Record<string, unknown>, stdio: StdioKind[]) {
    const id = this.nextId++;
    const child = new LaunchedChild(file, args, stdio, this, id);
    this.children.set(id, child);
    this.hold(id);
    const { env, ...rest } = options as { env: Record<string, string | undefined> };
    // Most requests carry the same environment (git's, the tests' process.env): sent once, then
    // only when it changes, the launcher keeps the last one (the channel keeps the order).
    const envText = JSON.stringify(env);
    const request: LaunchRequest = { t: 'spawn', id, file, args, options: rest, stdio };
    if (envText !== this.lastEnvText) {
      request.env = env;
      this.lastEnvText = envText;
    }
    this.write(JSON.stringify(request));
    return child;
  }

  send(message: { t: 'kill'; id: number; signal: NodeJS.Signals | number }): void {
    if (!this.gone) this.write(JSON.stringify(message));
  }

  /** One line to the launcher: at once when it has connected, else when it does (in order). */
  private write(line: string): void {
    if (this.control) this.control.write(`${line}\n`);
    else this.queue.push(line);
  }

  /** Keep the worker's event loop alive while a child it waits for runs. */
  hold(id: number): void {
    if (this.held.size === 0) this.control?.ref();
    this.held.add(id);
  }

  release(id: number): void {
    if (this.held.delete(id) && this.held.size === 0) this.control?.unref();
  }

  /** The launcher's control connection: requests go out, what became of them comes back. */
  private connected(socket: Socket, rest: Buffer | null): void {
    this.control = socket;
    if (this.held.size === 0) socket.unref();
    let pending = '';
    const lines = (chunk: Buffer | string) => {
      pending += chunk.toString();
      let end = pending.indexOf('\n');
      while (end >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        if (line) this.receive(JSON.parse(line) as LauncherMessage);
        end = pending.indexOf('\n');
      }
    };
    if (rest) lines(rest);
    socket.on('data', lines);
    if (this.queue.length > 0) socket.write(`${this.queue.splice(0).join('\n')}\n`);
  }

  private receive(message: LauncherMessage): void {
    const child = this.children.get(message.id);
    if (!child) return;
    if (message.t === 'spawned') child.spawned(message.pid);
    else if (message.t === 'exit') {
      // The exit can come before the sockets of a quick child are accepted (two connections).
      this.release(message.id);
      child.exit(message.code, message.signal);
      if (child.settled) this.children.delete(message.id);
    } else {
      this.done(message.id);
      const e = message.error;
      const error = Object.assign(new Error(e.message), {
        code: e.code,
        errno: e.errno,
        syscall: e.syscall,
        path: e.path,
        spawnargs: child.spawnargs,
      });
      child.failed(error);
    }
  }

  private done(id: number): void {
    this.children.delete(id);
    this.release(id);
  }

  private accept(socket: Socket): void {
    const take = (): void => {
      const header = socket.read(8) as Buffer | null;
      if (!header) {
        socket.once('readable', take);
        return;
      }
      const id = header.readUInt32BE(0);
      if (id === 0) {
        this.connected(socket, socket.read() as Buffer | null);
        return;
      }
      const child = this.children.get(id);
      if (!child) {
        socket.destroy();
        return;
      }
      child.attach(header.readUInt32BE(4), socket);
      if (child.settled) this.children.delete(id);
    };
    socket.on('error', () => undefined); // before the header: the request's own error reports it
    take();
  }
}

/** The stdio a launcher can give, or null when the call needs Node's own spawn. */
function launchableStdio(stdio: SpawnOptions['stdio']): StdioKind[] | null {
  if (stdio === undefined || stdio === 'pipe' || stdio === 'overlapped') {
    return ['pipe', 'pipe', 'pipe'];
  }
  if (stdio === 'ignore') return ['ignore', 'ignore', 'ignore'];
  if (!Array.isArray(stdio) || stdio.length > 3) return null;
  const kinds: StdioKind[] = [];
  for (let fd = 0; fd < 3; fd++) {
    const entry: unknown = stdio[fd];
    if (entry === undefined || entry === null || entry === 'pipe' || entry === 'overlapped') {
      kinds.push('pipe');
    } else if (entry === 'ignore') kinds.push('ignore');
    // The launcher's stdout and stderr are the worker's; its stdin is not.
    else if (entry === 'inherit' && fd > 0) kinds.push('inherit');
    // Another launched child's output as stdin: handed over (see LaunchedChild.handOver).
    else if (fd === 0 && entry instanceof Readable && outputOwners.has(entry)) kinds.push('pipe');
    else return null;
  }
  return kinds;
}

const unsupportedOptions = ['detached', 'signal', 'uid', 'gid', 'serialization'] as const;

function install(): void {
  const original = {
    spawn: childProcess.spawn,
    execFile: childProcess.execFile,
  };
  const launcher = new Launcher(original.spawn, process.env.AIOS_TEST_PYTHON);
  onWorkerStop(() => launcher.stop());

  function spawn(file: string, ...rest: unknown[]): ChildProcess {
    const args = Array.isArray(rest[0]) ? (rest[0] as unknown[]).map(String) : [];
    const options = ((Array.isArray(rest[0]) ? rest[1] : rest[0]) ?? {}) as SpawnOptions;
    const stdio = launchableStdio(options.stdio);
    const direct =
      !launcher.usable ||
      stdio === null ||
      unsupportedOptions.some((key) => (options as Record<string, unknown>)[key]);
    if (direct) {
      return (original.spawn as (...a: unknown[]) => ChildProcess)(file, ...rest);
    }
    const forwarded: Record<string, unknown> = {
      cwd:
        options.cwd === undefined
          ? process.cwd()
          : String(options.cwd instanceof URL ? fileURLToPath(options.cwd) : options.cwd),
      env: options.env ?? process.env,
    };
    for (const key of ['argv0', 'shell', 'timeout', 'killSignal', 'windowsHide'] as const) {
      if (options[key] !== undefined) forwarded[key] = options[key];
    }
    const child = launcher.start(file, args, forwarded, stdio);
    const source = Array.isArray(options.stdio) ? options.stdio[0] : undefined;
    const owner = source instanceof Readable ? outputOwners.get(source) : undefined;
    if (owner && child.stdin) {
      const inner = owner.handOver(source as PassThrough);
      const stdin = child.stdin;
      stdin.on('close', () => inner.destroy());
      inner.pipe(stdin);
    }
    return child as unknown as ChildProcess;
  }

  function execFile(file: string, ...rest: unknown[]): ChildProcess {
    const callback = typeof rest.at(-1) === 'function' ? (rest.pop() as ExecCallback) : undefined;
    const args = Array.isArray(rest[0]) ? (rest.shift() as unknown[]).map(String) : [];
    const options = (rest[0] ?? {}) as ExecFileOptions & {
      encoding?: BufferEncoding | 'buffer' | null;
    };
    if (options.signal) {
      const all = [file, args, options, ...(callback ? [callback] : [])];
      return (original.execFile as (...a: unknown[]) => ChildProcess)(...all);
    }
    // What is not execFile's own goes to spawn, which keeps or hands on each option as above.
    const { encoding: _e, timeout: _t, maxBuffer: _m, killSignal: _k, ...spawnOptions } = options;
    return collect(
      spawn(file, args, spawnOptions as SpawnOptions),
      [file, ...args].join(' '),
      options,
      callback,
    );
  }
  (execFile as unknown as Record<symbol, unknown>)[promisify.custom] = (
    file: string,
    ...rest: unknown[]
  ) =>
    new Promise((resolve, reject) => {
      execFile(file, ...rest, (error: ExecError | null, stdout: unknown, stderr: unknown) => {
        if (error) reject(Object.assign(error, { stdout, stderr }));
        else resolve({ stdout, stderr });
      });
    });

  childProcess.spawn = spawn as typeof childProcess.spawn;
  childProcess.execFile = execFile as unknown as typeof childProcess.execFile;
  syncBuiltinESMExports();
}

type ExecError = Error & {
  code?: number | string | null;
  killed?: boolean;
  signal?: NodeJS.Signals | null;
  cmd?: string;
};
type ExecCallback = (error: ExecError | null, stdout: unknown, stderr: unknown) => void;

/** execFile's buffering, timeout and maxBuffer over a started child, as Node's own does. */
function collect(
  child: ChildProcess,
  cmd: string,
  options: ExecFileOptions & { encoding?: BufferEncoding | 'buffer' | null },
  callback: ExecCallback | undefined,
): ChildProcess {
  const encoding = options.encoding === undefined ? 'utf8' : options.encoding;
  const maxBuffer = options.maxBuffer ?? 1024 * 1024;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let outLength = 0;
  let errLength = 0;
  let killed = false;
  let failure: ExecError | null = null;
  let finished = false;
  const kill = () => {
    killed = true;
    child.kill(options.killSignal ?? 'SIGTERM');
  };
  const timer = options.timeout ? setTimeout(kill, options.timeout) : undefined;
  const decode = (parts: Buffer[]) =>
    encoding && encoding !== 'buffer'
      ? Buffer.concat(parts).toString(encoding)
      : Buffer.concat(parts);
  const finish = (code: number | null, signal: NodeJS.Signals | null) => {
    if (finished) return;
    finished = true;
    if (timer) clearTimeout(timer);
    if (!callback) return;
    const stdout = decode(out);
    const stderr = decode(err);
    if (!failure && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    const error: ExecError =
      failure ??
      new Error(
        `Command failed: ${cmd}\n${typeof stderr === 'string' ? stderr : stderr.toString()}`,
      );
    if (!failure) {
      error.code = code;
      error.killed = child.killed || killed;
      error.signal = signal;
    }
    error.cmd = cmd;
    callback(error, stdout, stderr);
  };
  const take = (parts: Buffer[], which: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const length = which === 'stdout' ? (outLength += chunk.length) : (errLength += chunk.length);
    if (length - chunk.length >= maxBuffer) return; // full already: the child is being stopped
    if (length > maxBuffer) {
      failure ??= Object.assign(new RangeError(`${which} maxBuffer length exceeded`), {
        code: 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
      });
      parts.push(chunk.subarray(0, chunk.length - (length - maxBuffer)));
      kill();
      return;
    }
    parts.push(chunk);
  };
  child.stdout?.on('data', take(out, 'stdout'));
  child.stderr?.on('data', take(err, 'stderr'));
  child.on('error', (error: ExecError) => {
    failure ??= error;
    finish(null, null);
  });
  child.on('close', (code: number | null, signal: NodeJS.Signals | null) => finish(code, signal));
  return child;
}

interface Installed {
  spawn: typeof childProcess.spawn;
  execFile: typeof childProcess.execFile;
}

const state = globalThis as unknown as Record<symbol, Installed | undefined>;
if (!state[installedKey]) {
  state[installedKey] = { spawn: childProcess.spawn, execFile: childProcess.execFile };
  install();
}

/** Node's own spawn and execFile, as they were before the launcher took over (for its tests). */
export function nodeOwn(): Installed {
  const installed = state[installedKey];
  if (!installed) throw new Error('test/support/lean-spawn.ts is not installed');
  return installed;
}
