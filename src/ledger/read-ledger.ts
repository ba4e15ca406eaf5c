import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { LedgerError } from '../core/errors.js';
import { LedgerEntry } from '../core/ledger-entry.js';
import { taskKey } from '../core/task.js';
import { gitEnv, gitWithInput } from '../git/run-git.js';

/** One stored entry file: where it is, its blob id and its exact bytes. */
export interface StoredEntry {
  readonly path: string;
  readonly blob: string;
  readonly bytes: Buffer;
}

/**
 * Stream `git ls-tree -r` of a ref below a folder: path and blob id of every file, without a
 * checkout and without holding the listing in memory.
 */
export async function* listTree(
  repoDir: string,
  ref: string,
  folder = 'ledger/',
): AsyncGenerator<{ path: string; blob: string }> {
  const child = spawn('git', ['ls-tree', '-r', '--full-tree', ref, '--', folder], {
    cwd: repoDir,
    env: gitEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const closed = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    // "<mode> <type> <id>\t<path>"; ledger paths never need quoting (see entryPath).
    const tab = line.indexOf('\t');
    const meta = line.slice(0, tab).split(' ');
    if (meta[1] !== 'blob' || !meta[2]) continue;
    yield { path: line.slice(tab + 1), blob: meta[2] };
  }
  const code = await closed;
  if (code !== 0)
    throw new LedgerError(`cannot list ${ref}: ${stderr.trim()}`, {
      hint: 'Check that the ledger branch exists (git branch -a).',
    });
}

/** Does a ref exist? */
export async function refExists(repoDir: string, ref: string): Promise<boolean> {
  const child = spawn('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd: repoDir,
    env: gitEnv(),
    stdio: 'ignore',
  });
  return (await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)))) === 0;
}

/**
 * Every file below `folder` on a ref, read straight from git objects in batches (one batch per
 * chunk git writes), in path order. `git ls-tree` is piped straight into `git cat-file --batch`,
 * which echoes each path back with its blob: the two git processes stream at full speed with no
 * request/response round trips through this process, and memory stays flat however long the
 * ledger (a batch is one pipe read; the consumer drops it before the next is read).
 */
export async function* readStoredEntryBatches(
  repoDir: string,
  ref: string,
  options: { folder?: string } = {},
): AsyncGenerator<StoredEntry[]> {
  if (!(await refExists(repoDir, ref))) return;
  const lsTree = spawn(
    'git',
    // --format needs git 2.36; the path goes last so cat-file echoes it as %(rest).
    [
      'ls-tree',
      '-r',
      '--full-tree',
      '--format=%(objectname) %(path)',
      ref,
      '--',
      options.folder ?? 'ledger/',
    ],
    { cwd: repoDir, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const cat = spawn(
    'git',
    ['cat-file', '--buffer', '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)'],
    {
      cwd: repoDir,
      env: gitEnv(),
      stdio: [lsTree.stdout, 'pipe', 'pipe'],
    },
  );
  // cat-file has its own copy of the pipe now; ours would hold ls-tree's 'close' open forever.
  lsTree.stdout.destroy();
  const exit = (child: typeof cat): { code: Promise<number>; stderr: () => string } => {
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    return {
      code: new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1))),
      stderr: () => stderr.trim(),
    };
  };
  const lsExit = exit(lsTree);
  const catExit = exit(cat);
  let finished = false;
  try {
    let buf: Buffer = Buffer.alloc(0);
    for await (const chunk of cat.stdout as AsyncIterable<Buffer>) {
      buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
      const batch: StoredEntry[] = [];
      let pos = 0;
      for (;;) {
        const nl = buf.indexOf(10, pos);
        if (nl < 0) break;
        // "<id> <type> <size> <path>" or "<id> missing"
        const header = buf.toString('utf8', pos, nl);
        const s1 = header.indexOf(' ');
        const s2 = header.indexOf(' ', s1 + 1);
        if (s2 < 0)
          throw new LedgerError(
            `git object ${header.slice(0, s1)} on ${ref} is ${header.slice(s1 + 1)}`,
            {
              hint: 'The repository is incomplete: fetch the ledger branch again (git fetch).',
            },
          );
        const s3 = header.indexOf(' ', s2 + 1);
        const size = Number(header.slice(s2 + 1, s3));
        const end = nl + 1 + size;
        if (buf.length < end + 1) break; // the body (and its newline) is not all here yet
        if (header.slice(s1 + 1, s2) === 'blob')
          batch.push({
            blob: header.slice(0, s1),
            path: header.slice(s3 + 1),
            bytes: buf.subarray(nl + 1, end),
          });
        pos = end + 1;
      }
      buf = buf.subarray(pos);
      if (batch.length > 0) yield batch;
    }
    const [lsCode, catCode] = await Promise.all([lsExit.code, catExit.code]);
    if (lsCode !== 0)
      throw new LedgerError(`cannot list ${ref}: ${lsExit.stderr()}`, {
        hint: 'Check that the ledger branch exists (git branch -a) and that git is 2.36 or newer.',
      });
    if (catCode !== 0 || buf.length > 0)
      throw new LedgerError(`cannot read the ledger objects of ${ref}: ${catExit.stderr()}`);
    finished = true;
  } finally {
    if (!finished) {
      lsTree.kill();
      cat.kill();
    }
  }
}

/** Every entry file under `ledger/` on a ref, one at a time, in path order (see the batches). */
export async function* readStoredEntries(
  repoDir: string,
  ref: string,
  options: { folder?: string } = {},
): AsyncGenerator<StoredEntry> {
  for await (const batch of readStoredEntryBatches(repoDir, ref, options))
    for (const stored of batch) if (stored.path.endsWith('.json')) yield stored;
}

/** Parse and validate one stored entry; errors name the path. */
export function parseStoredEntry(stored: Pick<StoredEntry, 'path' | 'bytes'>): LedgerEntry {
  let json: unknown;
  try {
    json = JSON.parse(stored.bytes.toString('utf8'));
  } catch (cause) {
    throw new LedgerError(`${stored.path} is not valid JSON`, { cause });
  }
  const result = LedgerEntry.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new LedgerError(
      `${stored.path} is not a valid ledger entry: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
      { hint: 'Run `aios ledger verify` to list every problem with the commit that made it.' },
    );
  }
  return result.data;
}

/** Names of the trees directly below the given folders on a ref, in one git call. */
async function subtrees(
  repoDir: string,
  ref: string,
  folders: readonly string[],
): Promise<string[]> {
  if (folders.length === 0) return [];
  const r = await gitWithInput(
    repoDir,
    ['ls-tree', '-d', '--name-only', '--full-tree', ref, '--', ...folders.map((f) => `${f}/`)],
    undefined,
  );
  return r.code === 0 ? r.stdout.toString('utf8').split('\n').filter(Boolean) : [];
}

/**
 * The folders holding one task's entries (`ledger/<yyyy>/<mm>/<key>`), found in three git calls
 * (years, months, the task's folder in each), so a task's history is read without reading the
 * whole ledger.
 */
export async function taskFolders(repoDir: string, ref: string, task: string): Promise<string[]> {
  const years = await subtrees(repoDir, ref, ['ledger']);
  const months = await subtrees(repoDir, ref, years);
  if (months.length === 0) return [];
  const key = taskKey(task);
  const r = await gitWithInput(
    repoDir,
    ['ls-tree', '-d', '--name-only', '--full-tree', ref, '--', ...months.map((m) => `${m}/${key}`)],
    undefined,
  );
  return r.code === 0 ? r.stdout.toString('utf8').split('\n').filter(Boolean) : [];
}

/** Every entry on a ref, parsed, optionally one task's (then only that task's folder is read). */
export async function* readLedger(
  repoDir: string,
  ref: string,
  filter: { task?: string | undefined } = {},
): AsyncGenerator<LedgerEntry> {
  if (!filter.task) {
    for await (const stored of readStoredEntries(repoDir, ref)) yield parseStoredEntry(stored);
    return;
  }
  if (!(await refExists(repoDir, ref))) return;
  for (const folder of await taskFolders(repoDir, ref, filter.task)) {
    for await (const stored of readStoredEntries(repoDir, ref, { folder: `${folder}/` })) {
      const entry = parseStoredEntry(stored);
      // The key is path-safe, so two ids could share one; the entry's own id decides.
      if (entry.task === filter.task) yield entry;
    }
  }
}
