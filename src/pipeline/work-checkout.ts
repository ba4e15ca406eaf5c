import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { PolicyError } from '../core/errors.js';
import type { WorkFile } from '../gates/gate.js';
import { openTempWorktree, refExists, type TempCheckout } from '../git/temp-worktree.js';

/**
 * Where the repository's own check command runs: a tree of the repository with the attempt's
 * files applied, made when a gate needs it and disposed of after the attempt's gates.
 */
export type WorkCheckout = (files: readonly WorkFile[]) => Promise<TempCheckout>;

/**
 * The local run: a temporary worktree of the task branch (or `fallback` when the task has no
 * branch yet) with the attempt's files applied; the person's own work tree is never touched.
 */
export function worktreeCheckout(repoDir: string, branch: string, fallback = 'HEAD'): WorkCheckout {
  return async (files) => {
    const ref = (await refExists(repoDir, `refs/heads/${branch}`))
      ? `refs/heads/${branch}`
      : fallback;
    return openTempWorktree(repoDir, ref, files);
  };
}

/** A temporary worktree of `ref` with the attempt's files applied. */
export function refCheckout(repoDir: string, ref: string): WorkCheckout {
  return (files) => openTempWorktree(repoDir, ref, files);
}

/**
 * The GitHub work job: its own checkout (where the workflow installed the dependencies), with the
 * attempt's files written in place and put back as they were afterwards.
 */
export function inPlaceCheckout(root: string): WorkCheckout {
  return async (files) => {
    const saved: { target: string; before: Buffer | undefined; madeDirs: string[] }[] = [];
    const restore = async (): Promise<void> => {
      for (const s of saved.reverse()) {
        if (s.before === undefined) await rm(s.target, { force: true });
        else await writeFile(s.target, s.before);
        for (const d of s.madeDirs.reverse()) await rmdir(d).catch(() => undefined);
      }
    };
    try {
      for (const f of files) {
        const target = resolve(root, f.path);
        if (!target.startsWith(resolve(root) + sep))
          throw new PolicyError(`the work file ${f.path} is outside the checkout`);
        const before = await readFile(target).catch(() => undefined);
        const madeDirs = await missingDirs(dirname(target), resolve(root));
        saved.push({ target, before, madeDirs });
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, f.content);
      }
    } catch (error) {
      await restore();
      throw error;
    }
    return { root, dispose: restore };
  };
}

/** The folders between `root` and `dir` that do not exist yet, outermost first. */
async function missingDirs(dir: string, root: string): Promise<string[]> {
  const out: string[] = [];
  for (let d = dir; d !== root && d.startsWith(root + sep); d = dirname(d)) {
    if (
      await stat(d).then(
        () => true,
        () => false,
      )
    )
      break;
    out.unshift(d);
  }
  return out;
}

/**
 * Run `body` with a lazy root: the checkout is made the first time a gate asks for it, and
 * disposed of when the body ends, however it ends.
 */
export async function withCheckout<T>(
  checkout: WorkCheckout | undefined,
  files: readonly WorkFile[],
  body: (root: (() => Promise<string>) | undefined) => Promise<T>,
): Promise<T> {
  if (!checkout) return body(undefined);
  let made: Promise<TempCheckout> | undefined;
  try {
    return await body(async () => (await (made ??= checkout(files))).root);
  } finally {
    if (made) await made.then((c) => c.dispose()).catch(() => undefined);
  }
}
