import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GitError } from '../core/errors.js';
import { gitEnv, gitWithInput } from './run-git.js';

/** The commit a revision names, or undefined when it names none. */
export async function resolveCommit(repoDir: string, rev: string): Promise<string | undefined> {
  const r = await gitWithInput(
    repoDir,
    ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`],
    undefined,
  );
  const id = r.stdout.toString('utf8').trim();
  return r.code === 0 && id ? id : undefined;
}

/**
 * The commits several revisions name, in one git process (`cat-file --batch-check`), in the
 * order given: undefined for one that names none (as `resolveCommit` answers for each).
 */
export async function resolveCommits(
  repoDir: string,
  revs: readonly string[],
): Promise<(string | undefined)[]> {
  // A revision with a line break names no commit (rev-parse says so) and cannot be one line of
  // the batch input: answered undefined here rather than asked.
  const asked = revs.filter((rev) => !rev.includes('\n'));
  if (asked.length === 0) return revs.map(() => undefined);
  const r = await gitWithInput(
    repoDir,
    ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
    asked.map((rev) => `${rev}^{commit}\n`).join(''),
  );
  const lines = r.stdout.toString('utf8').split('\n');
  let line = 0;
  return revs.map((rev) => {
    if (rev.includes('\n')) return undefined;
    const m = /^([0-9a-f]{40,64}) commit$/.exec(lines[line++] ?? '');
    return r.code === 0 && m ? m[1] : undefined;
  });
}

/**
 * The repository's git folder and the commits the revisions name, in one git process
 * (`rev-parse --absolute-git-dir <rev>^{commit}…`); undefined when the folder is not a repository
 * or any revision names no commit (ask `resolveCommits` which).
 */
export async function gitDirAndCommits(
  repoDir: string,
  revs: readonly string[],
): Promise<{ gitDir: string; commits: string[] } | undefined> {
  if (revs.some((rev) => rev.startsWith('-') || /[\n]/.test(rev))) return undefined;
  const r = await gitWithInput(
    repoDir,
    ['rev-parse', '--absolute-git-dir', ...revs.map((rev) => `${rev}^{commit}`)],
    undefined,
  ).catch(() => undefined);
  if (r?.code !== 0) return undefined;
  const [gitDir, ...commits] = r.stdout.toString('utf8').split('\n').filter(Boolean);
  if (!gitDir || commits.length !== revs.length) return undefined;
  if (!commits.every((c) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(c))) return undefined;
  return { gitDir, commits };
}

/** Does a ref (or any revision) name a commit? */
export async function refExists(repoDir: string, ref: string): Promise<boolean> {
  return (await resolveCommit(repoDir, ref)) !== undefined;
}

/** Point `ref` at `commit` (optionally only if it still points at `expected`). */
export async function updateRef(
  repoDir: string,
  ref: string,
  commit: string,
  expected?: string,
): Promise<void> {
  const r = await gitWithInput(
    repoDir,
    ['update-ref', ref, commit, ...(expected ? [expected] : [])],
    undefined,
  );
  if (r.code !== 0)
    throw new GitError(`cannot point ${ref} at ${commit.slice(0, 12)}: ${r.stderr.trim()}`, {
      retryable: /cannot lock ref|unable to lock|is at .* but expected/i.test(r.stderr),
    });
}

/**
 * Point each ref at its commit in one git process (`update-ref --stdin`, one transaction: all
 * move or none does), e.g. the ledger's remote-tracking ref and its local branch after a push.
 */
export async function updateRefs(
  repoDir: string,
  moves: readonly { ref: string; commit: string }[],
): Promise<void> {
  if (moves.length === 0) return;
  for (const m of moves)
    if (/[\s]/.test(m.ref + m.commit))
      throw new GitError(`a ref or commit holds a space or newline: ${JSON.stringify(m)}`);
  const r = await gitWithInput(
    repoDir,
    ['update-ref', '--stdin'],
    moves.map((m) => `update ${m.ref} ${m.commit}\n`).join(''),
  );
  if (r.code !== 0)
    throw new GitError(
      `cannot point ${moves.map((m) => m.ref).join(', ')} at ${moves[0]?.commit.slice(0, 12) ?? ''}: ${r.stderr.trim()}`,
      { retryable: /cannot lock ref|unable to lock|is at .* but expected/i.test(r.stderr) },
    );
}

/** One ref as `for-each-ref` lists it. */
export interface ListedRef {
  readonly ref: string;
  readonly id: string;
  /** The type of the object the ref names (`commit`, `tag`, `blob`, `tree`). */
  readonly type: string;
}

/**
 * The refs matching some `for-each-ref` patterns (a full ref name, or a prefix ending in `/`),
 * in one git process.
 */
export async function listRefs(repoDir: string, patterns: readonly string[]): Promise<ListedRef[]> {
  if (patterns.length === 0) return [];
  const r = await gitWithInput(
    repoDir,
    ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)', ...patterns],
    undefined,
  );
  if (r.code !== 0) throw new GitError(`cannot list ${patterns.join(', ')}: ${r.stderr.trim()}`);
  const out: ListedRef[] = [];
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [ref, id, type] = line.split('\0');
    if (ref && id && type) out.push({ ref, id, type });
  }
  return out;
}

/**
 * Is `ancestor` reachable from `descendant`? `missing` when the repository does not hold the
 * ancestor commit at all (it was dropped by a rewrite and garbage-collected, or never fetched).
 * `known`: the ancestor was just read from a ref of this repository, so it is there.
 */
export async function descends(
  repoDir: string,
  ancestor: string,
  descendant: string,
  known = false,
): Promise<'yes' | 'no' | 'missing'> {
  if (!known && !(await resolveCommit(repoDir, ancestor))) return 'missing';
  const r = await gitWithInput(
    repoDir,
    ['merge-base', '--is-ancestor', ancestor, descendant],
    undefined,
  );
  if (r.code === 0) return 'yes';
  if (r.code === 1) return 'no';
  throw new GitError(`cannot compare ${ancestor} and ${descendant}: ${r.stderr.trim()}`);
}

const gitDirsForEnv = new Map<string, string | undefined>();
/**
 * A `GIT_DIR` for the repository at `repoDir`, synchronously and without a git process in the
 * usual cases (for a caller that cannot wait, as `openArchive` starts git at once): its `.git`
 * (a folder, or a worktree's or submodule's `.git` file, which git follows), or `repoDir` itself
 * when bare; else git's answer (`rev-parse --absolute-git-dir`, one synchronous call). Looked up
 * once per process; undefined when there is none (git then runs in `repoDir` and says what is
 * wrong). `gitDirOf` is the checked, absolute folder for a caller that reads inside it.
 */
export function gitDirForEnv(repoDir: string): string | undefined {
  const top = resolve(repoDir);
  if (gitDirsForEnv.has(top)) return gitDirsForEnv.get(top);
  let dir: string | undefined;
  const dotGit = join(top, '.git');
  if (existsSync(dotGit)) dir = dotGit;
  else if (['HEAD', 'objects', 'refs'].every((name) => existsSync(join(top, name)))) dir = top;
  else {
    const found = spawnSync('git', ['rev-parse', '--absolute-git-dir'], {
      cwd: top,
      env: gitEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (found.status === 0 && found.stdout.trim()) dir = found.stdout.trim();
  }
  gitDirsForEnv.set(top, dir);
  return dir;
}

/** The repository's git folder (absolute), or a GitError naming the folder that is not one. */
export async function gitDirOf(repoDir: string): Promise<string> {
  const notARepository = (cause: unknown) =>
    new GitError(`${repoDir} is not a git repository`, {
      cause,
      hint: 'Run AIOS inside a git repository, or pass --repo.',
    });
  // The common case without a process: the checkout's own `.git` folder (git finds the same,
  // canonicalised), unless GIT_DIR points git elsewhere. A `.git` file (a linked worktree or
  // a submodule) and a folder below the top are git's to resolve.
  if (process.env.GIT_DIR === undefined) {
    const dotGit = join(resolve(repoDir), '.git');
    try {
      if (statSync(dotGit).isDirectory() && existsSync(join(dotGit, 'HEAD')))
        return realpathSync(dotGit);
    } catch {
      // no `.git` here: git looks further up
    }
  }
  // A folder that does not exist fails to spawn; one that is not a repository exits non-zero.
  const found = await gitWithInput(repoDir, ['rev-parse', '--absolute-git-dir'], undefined).catch(
    (cause: unknown) => {
      throw notARepository(cause);
    },
  );
  if (found.code !== 0) throw notARepository(new Error(found.stderr.trim()));
  return found.stdout.toString('utf8').trim();
}

/**
 * Whether `ref` (a full name, `refs/heads/aios-ledger`) surely does not exist, read from the
 * repository's files without starting git: no loose ref file and no line for it in
 * `packed-refs`. Anything this cannot be sure of (a linked worktree, whose refs live in the
 * common folder; the reftable format; a name that is not a full ref) says false, and the
 * caller asks git. A new repository's first task reads a ledger that is not there yet: this
 * saves that read its git process.
 */
export function refSurelyAbsent(repoDir: string, ref: string): boolean {
  // Not a plain ref name (a reflog entry `@{…}`, a parent `~`, a path `:`…): git's to read.
  if (!ref.startsWith('refs/') || /\s|\.\.|@\{|[~^:?*[\\]/.test(ref)) return false;
  const gitDir = gitDirForEnv(repoDir);
  if (!gitDir) return false;
  try {
    if (!statSync(gitDir).isDirectory()) return false; // a `.git` file: a worktree or submodule
    if (existsSync(join(gitDir, 'commondir')) || existsSync(join(gitDir, 'reftable'))) return false;
    if (existsSync(join(gitDir, ...ref.split('/')))) return false;
    const packed = join(gitDir, 'packed-refs');
    if (existsSync(packed) && readFileSync(packed, 'utf8').includes(` ${ref}\n`)) return false;
    return true;
  } catch {
    return false;
  }
}
