import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { LedgerError } from '../core/errors.js';
import { LedgerEntry } from '../core/ledger-entry.js';
import { CatFileBatch } from '../git/cat-file-batch.js';
import { gitEnv } from '../git/run-git.js';

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
 * Every entry file under `ledger/` on a ref, read straight from git objects through one
 * cat-file process, pipelined in windows so memory stays flat however long the history.
 */
export async function* readStoredEntries(
  repoDir: string,
  ref: string,
  options: { folder?: string; window?: number } = {},
): AsyncGenerator<StoredEntry> {
  if (!(await refExists(repoDir, ref))) return;
  const window = options.window ?? 256;
  const cat = new CatFileBatch(repoDir);
  try {
    let batch: { path: string; blob: string; bytes: Promise<Buffer | undefined> }[] = [];
    const emit = async function* (items: typeof batch): AsyncGenerator<StoredEntry> {
      for (const item of items) {
        const bytes = await item.bytes;
        if (!bytes)
          throw new LedgerError(
            `blob ${item.blob} for ${item.path} is missing from the repository`,
          );
        yield { path: item.path, blob: item.blob, bytes };
      }
    };
    for await (const file of listTree(repoDir, ref, options.folder ?? 'ledger/')) {
      if (!file.path.endsWith('.json')) continue;
      batch.push({ ...file, bytes: cat.read(file.blob) });
      if (batch.length >= window) {
        yield* emit(batch);
        batch = [];
      }
    }
    yield* emit(batch);
  } finally {
    await cat.close();
  }
}

/** Parse and validate one stored entry; errors name the path. */
export function parseStoredEntry(stored: StoredEntry): LedgerEntry {
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
    );
  }
  return result.data;
}

/** Every entry on a ref, parsed, optionally one task's. */
export async function* readLedger(
  repoDir: string,
  ref: string,
  filter: { task?: string | undefined } = {},
): AsyncGenerator<LedgerEntry> {
  for await (const stored of readStoredEntries(repoDir, ref)) {
    const entry = parseStoredEntry(stored);
    if (!filter.task || entry.task === filter.task) yield entry;
  }
}
