import { Console } from 'node:console';
import type { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import pc from 'picocolors';
import { z } from 'zod';
import { main } from '../../src/cli/main.js';
import { packageRoot } from '../../src/core/package-root.js';
import type { BinResult } from './run-bin.js';

// Why most CLI tests run the command in the test worker.
//
// Each run of the built binary is a Node process of its own: ~130 ms of CPU to start Node,
// load the bundle and exit (process accounting over one whole `npm test`, 2026-11-27: ~176
// such processes, ~23 s of the suite's ~110 s of CPU). A test that checks what a command does
// (its output, exit code, the files and ledger entries it writes) gets the same answer from
// `main(argv)` called here, where the modules are already loaded. What only a process shows
// (signals, exit codes as the shell sees them, stdout staying pure JSON while libraries log,
// bin/ and the compile cache) stays on `runBin` (test/support/run-bin.ts says which tests).
//
// One call must look like a fresh process to the code under test and leave the worker as it
// found it; test/core/run-cli.test.ts holds each point below.

/** What a call may set: the working folder and environment overrides (`undefined` deletes). */
export interface RunCliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/** The process events a command must not leave a listener on. */
const WATCHED_EVENTS = [
  'SIGINT',
  'SIGTERM',
  'exit',
  'uncaughtException',
  'unhandledRejection',
] as const;

/** `process` as a plain emitter: its typed `listeners` overloads take signals only. */
const processEvents: EventEmitter = process;

/** Calls run one at a time: process.env, cwd and the output streams are the worker's own. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Run `aios <args>` in this worker (`main` of src/cli/main.ts): same result as `runBin`
 * (`{ code, stdout, stderr }`, `NO_COLOR=1`, cwd the package root unless given, no stdin).
 */
export function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<BinResult> {
  return inProcess(() => main(args), options, `aios ${args.join(' ')}`);
}

/**
 * Run `body` as `runCli` runs `main`: queued, with cwd, env, exit code, output streams, console,
 * stdin and zod's global config set up as a fresh process has them, put back after (also when
 * `body` throws), and a process listener left behind reported as an error. Exported for
 * test/core/run-cli.test.ts; tests of commands call `runCli`.
 */
export function inProcess(
  body: () => Promise<number>,
  options: RunCliOptions = {},
  what = 'the in-process call',
): Promise<BinResult> {
  const run = queue.then(() => runIsolated(body, options, what));
  queue = run.catch(() => undefined);
  return run;
}

async function runIsolated(
  body: () => Promise<number>,
  options: RunCliOptions,
  what: string,
): Promise<BinResult> {
  // picocolors decides once, when loaded (NO_COLOR, CI, a terminal): a fresh process with
  // NO_COLOR=1 has none, and so must the worker (vitest.config.ts sets NO_COLOR for it).
  if (pc.isColorSupported)
    throw new Error(
      `${what}: this worker loaded picocolors with colours on; set NO_COLOR=1 for it`,
    );
  const listenersBefore = new Map(
    WATCHED_EVENTS.map((e) => [e, processEvents.listeners(e)] as const),
  );
  const restore: (() => void)[] = [];
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  let code: number;
  try {
    restore.push(useCwd(options.cwd ?? packageRoot()));
    restore.push(useEnv({ NO_COLOR: '1', ...options.env }));
    restore.push(useExitCode());
    restore.push(captureWrites(process.stdout, stdout), captureWrites(process.stderr, stderr));
    restore.push(useFreshConsole());
    restore.push(useEmptyStdin());
    restore.push(keepZodConfig());
    code = await body();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  const leaked = WATCHED_EVENTS.filter((e) => {
    const before = listenersBefore.get(e) ?? [];
    return processEvents.listeners(e).some((l) => !before.includes(l));
  });
  if (leaked.length > 0)
    throw new Error(
      `${what} left a process listener behind on ${leaked.map((e) => `'${e}'`).join(', ')}: ` +
        'a listener per call is a leak in src/ (fix it there, with a test)',
    );
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

function text(chunks: readonly Buffer[]): string {
  return Buffer.concat(chunks).toString('utf8');
}

function useCwd(dir: string): () => void {
  const before = process.cwd();
  process.chdir(dir);
  return () => process.chdir(before);
}

/** Apply overrides to process.env; the undo puts back every key added, changed or removed. */
function useEnv(overrides: Record<string, string | undefined>): () => void {
  const before = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in before)) delete process.env[key];
    for (const [key, value] of Object.entries(before))
      if (process.env[key] !== value) process.env[key] = value;
  };
}

/** A fresh process starts with no exit code; `main` reads the one a command sets. */
function useExitCode(): () => void {
  const before = process.exitCode;
  process.exitCode = undefined;
  return () => {
    process.exitCode = before;
  };
}

type WriteCallback = (error?: Error | null) => void;

/**
 * Collect what is written to `stream` (strings in their encoding, Buffers, typed arrays) and
 * call each write's callback as a stream would. A child's stdout is a pipe, not a terminal:
 * `isTTY` reads false meanwhile (spinners and help width decide on it).
 */
function captureWrites(stream: NodeJS.WriteStream, into: Buffer[]): () => void {
  const ownWrite = Object.getOwnPropertyDescriptor(stream, 'write');
  const ownTty = Object.getOwnPropertyDescriptor(stream, 'isTTY');
  const write = (
    chunk: string | Uint8Array,
    encoding?: BufferEncoding | WriteCallback,
    callback?: WriteCallback,
  ): boolean => {
    const done = typeof encoding === 'function' ? encoding : callback;
    const enc = typeof encoding === 'string' ? encoding : 'utf8';
    into.push(typeof chunk === 'string' ? Buffer.from(chunk, enc) : Buffer.from(chunk));
    if (done) process.nextTick(done, null);
    return true;
  };
  Object.defineProperty(stream, 'write', { value: write, configurable: true, writable: true });
  Object.defineProperty(stream, 'isTTY', { value: false, configurable: true, writable: true });
  return () => {
    putBack(stream, 'write', ownWrite);
    putBack(stream, 'isTTY', ownTty);
  };
}

function putBack(target: object, key: PropertyKey, own: PropertyDescriptor | undefined): void {
  if (own) Object.defineProperty(target, key, own);
  else Reflect.deleteProperty(target, key);
}

/**
 * A fresh process's `console` writes to its own stdout and stderr (vitest's does not): every
 * method is replaced for the call by one of a Console over the (captured) streams, and every
 * method (main's `routeConsoleToStderr` replaces some) put back after.
 */
function useFreshConsole(): () => void {
  const global = globalThis.console;
  const saved = Object.getOwnPropertyDescriptors(console);
  // A Console's methods are its own properties, already bound to it.
  const fresh = new Console({
    stdout: process.stdout,
    stderr: process.stderr,
  }) as unknown as Record<string, unknown>;
  const methods = console as unknown as Record<string, unknown>;
  for (const [key, method] of Object.entries(fresh))
    if (typeof method === 'function') methods[key] = method;
  return () => {
    globalThis.console = global;
    for (const key of Object.keys(console))
      if (!(key in saved)) Reflect.deleteProperty(console, key);
    for (const [key, own] of Object.entries(saved)) Object.defineProperty(console, key, own);
  };
}

/** `runBin` gives no stdin ('ignore'): a command that reads it sees its end at once. */
function useEmptyStdin(): () => void {
  const own = Object.getOwnPropertyDescriptor(process, 'stdin');
  const empty = Readable.from([]);
  Object.defineProperty(process, 'stdin', { value: empty, configurable: true, writable: true });
  return () => {
    empty.destroy();
    putBack(process, 'stdin', own);
  };
}

/** zod's global config (main's preAction sets `jitless`) as it was before the call. */
function keepZodConfig(): () => void {
  const config = z.config() as Record<string, unknown>;
  const before = { ...config };
  return () => {
    for (const key of Object.keys(config))
      if (!(key in before)) Reflect.deleteProperty(config, key);
    Object.assign(config, before);
  };
}
