/**
 * Tests never remove a folder tree outside the temporary folders. A recursive `rm`/`rmSync`
 * (or the old `rmdir` with `recursive`) of a path that is not strictly inside the run's
 * temporary folder, the system's `/tmp` or `/dev/shm` throws before anything is removed,
 * naming the path. Installed for every test file by vitest's setupFiles, first.
 *
 * Why: a clean-up that removes `join(dir, '..')` where `dir` was never set (its `beforeAll`
 * failed) removes `..` — the parent of the project, everything beside it included. That
 * happened twice on the shared machine (2026-11-27) before test/ledger/concurrent-append.test.ts
 * was fixed; this guard turns the next such bug into a failing test instead of a lost workspace.
 * Removing single files, and anything inside the temporary folders, is untouched.
 *
 * With isolation off vitest runs a setup file again before each test file in the same worker:
 * the patch is made once per process (kept on globalThis).
 */
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';

class RemovalRefused extends Error {
  constructor(readonly path: string) {
    super(
      `test tried to remove ${path} recursively, outside the temporary folders: only folders a ` +
        'test made (tempDir, mkdtemp under os.tmpdir()) may be removed whole',
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

/** The folders inside which a tree may be removed, resolved as the kernel sees them. */
function allowedRoots(): string[] {
  const roots = [tmpdir(), '/tmp', '/dev/shm'];
  return [...new Set([...roots, ...roots.map(realOrSelf)])];
}

/** True when `path` (resolved against the working folder) lies strictly inside a root. */
export function insideTempFolders(path: string): boolean {
  const target = resolve(path);
  const candidates = [target, realOrSelf(target)];
  return allowedRoots().some((root) =>
    candidates.some((c) => {
      const rel = relative(root, c);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    }),
  );
}

function check(path: unknown, options: unknown): void {
  const recursive = (options as { recursive?: unknown } | undefined)?.recursive === true;
  if (!recursive) return;
  const text = path instanceof URL ? path.pathname : String(path);
  if (!insideTempFolders(text)) throw new RemovalOutsideTempError(resolve(text));
}

if (!shared[KEY]) {
  shared[KEY] = RemovalOutsideTempError;
  const { rm, rmSync, rmdir, rmdirSync } = fs;
  const promisesRm = fsPromises.rm;
  const promisesRmdir = fsPromises.rmdir;
  fs.rmSync = ((path: fs.PathLike, options?: fs.RmOptions) => {
    check(path, options);
    rmSync(path, options);
  }) as typeof fs.rmSync;
  fs.rm = ((path: fs.PathLike, ...rest: unknown[]) => {
    const options = typeof rest[0] === 'function' ? undefined : rest[0];
    check(path, options);
    return (rm as (...a: unknown[]) => void)(path, ...rest);
  }) as typeof fs.rm;
  fs.rmdirSync = ((path: fs.PathLike, options?: { recursive?: boolean }) => {
    check(path, options);
    rmdirSync(path, options as fs.RmDirOptions);
  }) as typeof fs.rmdirSync;
  fs.rmdir = ((path: fs.PathLike, ...rest: unknown[]) => {
    const options = typeof rest[0] === 'function' ? undefined : rest[0];
    check(path, options);
    return (rmdir as (...a: unknown[]) => void)(path, ...rest);
  }) as typeof fs.rmdir;
  fsPromises.rm = async (path: fs.PathLike, options?: fs.RmOptions) => {
    check(path, options);
    return promisesRm(path, options);
  };
  fsPromises.rmdir = async (path: fs.PathLike, options?: fs.RmDirOptions) => {
    check(path, options);
    return promisesRmdir(path, options);
  };
  syncBuiltinESMExports();
}
