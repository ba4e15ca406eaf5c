import { GitError } from '../core/errors.js';
import { packLimits } from './pack-limits.js';
import { spawnGitStream } from './run-git.js';

/** One step of a first-parent history: a commit starts, then each path it changed. */
export type HistoryStep =
  | {
      readonly kind: 'commit';
      readonly id: string;
      /** How many parents it has: more than one is a merge. */
      readonly parents: number;
    }
  | {
      readonly kind: 'change';
      /** git's status letter: A added, M modified, D deleted, T type changed… */
      readonly status: string;
      readonly path: string;
    };

/** `<id> <parent> [<parent>…]`, as `rev-list --parents` and `%H %P` write it. */
function commitAndParents(line: string): { id: string; parents: number } {
  const [id = '', ...parents] = line.trimEnd().split(' ');
  return { id, parents: parents.length };
}

/** Does `buf` hold `prefix` at `at`? (Compared byte by byte: no string made.) */
function holdsAt(buf: Buffer, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > buf.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}

/**
 * The first-parent history of `tip`, oldest first, streamed from `git log --raw`: each commit
 * and the paths it changed against its first parent (renames are shown as delete + add), one
 * batch per pipe read (a reader of a long history skips a promise per step). Memory stays flat
 * however long the history.
 *
 * `skipAddedUnder`: additions of paths below these folders are not shown (no string or step is
 * made for them: a ledger's history is almost all such additions) until the first change that
 * is not an addition; from then on every change is shown, so a reader still sees a path added
 * again after it was deleted.
 */
export async function* readFirstParentHistoryBatches(
  repoDir: string,
  tip: string,
  options: { skipAddedUnder?: readonly string[] } = {},
): AsyncGenerator<HistoryStep[]> {
  // --name-status ("<status>\t<path>") rather than --raw: the same letters without the modes and
  // blob ids, a third of the bytes for git to write and for us to split.
  const git = spawnGitStream(repoDir, firstParentLog(tip, ['--format=commit %H %P', '--reverse']));
  // "A\t<folder>" as bytes, for each folder whose additions are skipped.
  let skipped = (options.skipAddedUnder ?? []).map((f) => Buffer.from(`A\t${f}`, 'utf8'));
  let finished = false;
  try {
    let rest: Buffer | undefined;
    for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
      const buf = rest ? Buffer.concat([rest, chunk]) : chunk;
      const steps: HistoryStep[] = [];
      let pos = 0;
      for (let nl = buf.indexOf(10, pos); nl >= 0; pos = nl + 1, nl = buf.indexOf(10, pos)) {
        if (skipped.length > 0 && buf[pos] === 0x41 /* A */ && buf[pos + 1] === 9 /* tab */) {
          let skip = false;
          for (const prefix of skipped) if ((skip = holdsAt(buf, pos, prefix))) break;
          if (skip) continue;
        }
        const line = buf.toString('utf8', pos, nl);
        if (line.startsWith('commit ')) {
          steps.push({ kind: 'commit', ...commitAndParents(line.slice(7)) });
          continue;
        }
        const tab = line.indexOf('\t');
        if (tab <= 0) continue; // the blank line after each commit line
        const status = line.slice(0, tab);
        if (status !== 'A') skipped = [];
        steps.push({ kind: 'change', status, path: line.slice(tab + 1) });
      }
      rest = pos < buf.length ? buf.subarray(pos) : undefined;
      if (steps.length > 0) yield steps;
    }
    const { code, stderr } = await git.exited;
    if (code !== 0) throw new GitError(`cannot read the history of ${tip}: ${stderr}`);
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}

/** The `git log` arguments both first-parent readers share: one diff per commit, no renames. */
function firstParentLog(tip: string, extra: readonly string[]): string[] {
  return [
    ...packLimits('16m'),
    '-c',
    'core.quotePath=false',
    'log',
    ...extra,
    '--name-status',
    '--no-renames',
    '--first-parent',
    '--diff-merges=first-parent',
    tip,
  ];
}

/**
 * Does any commit of `tip`'s first-parent history change a path other than by adding it (a
 * modification, a deletion, a type change)? git filters the additions out itself
 * (`--diff-filter=a`), so a history of additions alone, however long, costs git's diffs and
 * no output; the first change found ends git at once. (The filter also drops the commits with
 * nothing left to show, so this cannot count commits: see `firstParentCommits`.)
 */
export async function changesOtherThanAdditions(repoDir: string, tip: string): Promise<boolean> {
  const git = spawnGitStream(repoDir, firstParentLog(tip, ['--format=', '--diff-filter=a']));
  let found = false;
  try {
    for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
      if (chunk.some((b) => b !== 10)) {
        found = true;
        break;
      }
    }
  } finally {
    if (found) git.kill();
  }
  if (found) return true;
  const { code, stderr } = await git.exited;
  if (code !== 0) throw new GitError(`cannot read the history of ${tip}: ${stderr}`);
  return false;
}

/**
 * The commits of `tip`'s first-parent history, each handed to `onCommit` (newest first), and
 * how many there are: one `git rev-list`, streamed.
 */
export async function firstParentCommits(
  repoDir: string,
  tip: string,
  /** Each commit with how many parents it has (more than one: a merge). */
  onCommit: (id: string, parents: number) => void,
): Promise<number> {
  // Pack windows bounded as for the log (pack-limits.ts): unbounded, git maps the pack whole
  // and at a million entries the rev-list alone held ~160 MB.
  const git = spawnGitStream(repoDir, [
    ...packLimits('16m'),
    'rev-list',
    '--first-parent',
    '--parents',
    tip,
  ]);
  let count = 0;
  let rest = '';
  const commit = (line: string): void => {
    const { id, parents } = commitAndParents(line);
    count++;
    onCommit(id, parents);
  };
  for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
    const lines = (rest + chunk.toString('latin1')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line) commit(line);
  }
  if (rest) commit(rest);
  const { code, stderr } = await git.exited;
  if (code !== 0) throw new GitError(`cannot list the history of ${tip}: ${stderr}`);
  return count;
}

/** One commit and the values of one trailer key in its message. */
export interface CommitTrailers {
  readonly commit: string;
  readonly values: readonly string[];
}

/**
 * Every commit reachable from the refs matching the patterns (`--branches=<glob>`,
 * `--remotes=<glob>`) that carries trailer `key`, with its values, streamed from one
 * `git log`. Nothing when no ref matches.
 */
export async function* readTrailers(
  repoDir: string,
  key: string,
  refs: { branches?: readonly string[]; remotes?: readonly string[] },
): AsyncGenerator<CommitTrailers> {
  const selectors = [
    ...(refs.branches ?? []).map((g) => `--branches=${g}`),
    ...(refs.remotes ?? []).map((g) => `--remotes=${g}`),
  ];
  if (selectors.length === 0) return;
  const git = spawnGitStream(repoDir, [
    'log',
    '-z',
    `--format=%H %(trailers:key=${key},valueonly,separator=%x1f)`,
    ...selectors,
    '--',
  ]);
  let finished = false;
  try {
    let rest = '';
    for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
      const records = (rest + chunk.toString('utf8')).split('\0');
      rest = records.pop() ?? '';
      for (const rec of records) {
        const parsed = parseTrailerRecord(rec);
        if (parsed) yield parsed;
      }
    }
    const last = parseTrailerRecord(rest);
    if (last) yield last;
    const { code, stderr } = await git.exited;
    if (code !== 0) throw new GitError(`cannot read the ${key} trailers: ${stderr}`);
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}

function parseTrailerRecord(rec: string): CommitTrailers | undefined {
  const text = rec.trim();
  const space = text.indexOf(' ');
  if (space < 0) return undefined;
  const values = text
    .slice(space + 1)
    .split('\x1f')
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? { commit: text.slice(0, space), values } : undefined;
}

/** The values of trailer `key` in a raw commit object (as `cat-file` gives it). */
export function trailerValues(commitObject: Buffer, key: string): string[] {
  const text = commitObject.toString('utf8');
  const message = text.slice(text.indexOf('\n\n') + 2).trimEnd();
  const lastParagraph = message.slice(message.lastIndexOf('\n\n') + 1);
  const prefix = `${key.toLowerCase()}:`;
  return lastParagraph
    .split('\n')
    .filter((l) => l.toLowerCase().startsWith(prefix))
    .map((l) => l.slice(prefix.length).trim());
}
