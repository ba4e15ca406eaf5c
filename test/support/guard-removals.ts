/**
 * Tests never remove a folder tree outside the temporary folders, nor one that holds the
 * project. A recursive `rm`/`rmSync` (or the old `rmdir` with `recursive`) throws before anything
 * is removed, naming the path, when the path is not strictly inside the run's temporary folder,
 * `/tmp` or `/dev/shm`, or when it is the project's folder, the working folder or a folder that
 * holds either (a checkout under /tmp, as CI runners and dry runs make, is in a temporary folder
 * too). Installed for every test file by vitest's setupFiles, first.
 *
 * Why: a clean-up that removes `join(dir, '..')` where `dir` was never set (its `beforeAll`
 * failed) removes `..` — the parent of the project, everything beside it included. That
 * happened twice on the shared machine (2026-11-27) before test/ledger/concurrent-append.test.ts
 * was fixed; this guard turns the next such bug into a failing test instead of a lost workspace.
 * Removing single files, and folders the tests made in the temporary folders, is untouched.
 *
 * With isolation off vitest runs a setup file again before each test file in the same worker:
 * the patch is made once per process (kept on globalThis).
 */
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

class RemovalRefused extends Error {
  constructor(readonly path: string) {
    super(
      `test tried to remove ${path} recursively: it is outside the temporary folders or holds ` +
        'the project; only folders a test made (tempDir, mkdtemp under os.tmpdir()) may be ' +
        'removed whole',
    );
  }
}

const KEY = Symbol.for('aios.test.guard-removals');
const shared = globalThis as { [KEY]?: typeof RemovalRefused };

/** What a refused removal throws (one class per process, so `instanceof` holds in every file). */
export const RemovalOutsideTempError: typeof RemovalRefused = shared[KEY] ?? RemovalRefused;
export type RemovalOutsideTempError = RemovalRefused;

function realOrSelf(path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    return path;
  }
}

/** True when `inner` is `outer` or lies inside it. */
function within(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** What a removal is checked against. */
export interface RemovalRules {
  /** Folders inside which (strictly) a tree may be removed. */
  readonly roots: readonly string[];
  /** Folders that must survive: neither they nor any folder holding them may be removed. */
  readonly kept: readonly string[];
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The rules of this process: the temporary folders; the project and the working folder. */
export function currentRules(): RemovalRules {
  const both = (paths: string[]) => [...new Set([...paths, ...paths.map(realOrSelf)])];
  return {
    roots: both([tmpdir(), '/tmp', '/dev/shm']),
    kept: both([projectRoot, process.cwd()]),
  };
}

/** Whether a recursive removal of `path` (resolved against the working folder) is refused. */
export function removalRefused(path: string, rules: RemovalRules = currentRules()): boolean {
  const target = resolve(path);
  const candidates = [target, realOrSelf(target)];
  const holdsKept = candidates.some((c) => rules.kept.some((k) => within(c, k)));
  const inTemp = candidates.some((c) => rules.roots.some((r) => r !== c && within(r, c)));
  return holdsKept || !inTemp;
}

function check(path: unknown, options: unknown): void {
  const recursive = (options as { recursive?: unknown } | undefined)?.recursive === true;
  if (!recursive) return;
  const text = path instanceof URL ? path.pathname : String(path);
  if (removalRefused(text)) throw new RemovalOutsideTempError(resolve(text));
}

/** `fn` with the check first: a refusal throws before `fn` runs (for the callback and sync forms). */
function guarded<F extends (path: fs.PathLike, ...rest: never[]) => unknown>(fn: F): F {
  return ((path: fs.PathLike, ...rest: unknown[]) => {
    check(path, typeof rest[0] === 'function' ? undefined : rest[0]);
    return (fn as unknown as (...a: unknown[]) => unknown)(path, ...rest);
  }) as unknown as F;
}

/** The same for the promise forms: a refusal is a rejected promise, as their other errors are. */
function guardedAsync<F extends (path: fs.PathLike, options?: never) => Promise<unknown>>(
  fn: F,
): F {
  return (async (path: fs.PathLike, options?: unknown) => {
    check(path, options);
    return (fn as (...a: unknown[]) => Promise<unknown>)(path, options);
  }) as unknown as F;
}

if (!shared[KEY]) {
  shared[KEY] = RemovalOutsideTempError;
  fs.rm = guarded(fs.rm);
  fs.rmSync = guarded(fs.rmSync);
  fs.rmdir = guarded(fs.rmdir);
  fs.rmdirSync = guarded(fs.rmdirSync);
  fsPromises.rm = guardedAsync(fsPromises.rm);
  fsPromises.rmdir = guardedAsync(fsPromises.rmdir);
  syncBuiltinESMExports();
}
