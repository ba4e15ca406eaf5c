import { LedgerError } from '../core/errors.js';
import { parseJsonBytes } from '../core/json-bytes.js';
import { LedgerEntry } from '../core/ledger-entry.js';
import { compileFastCheck } from '../core/schema-fast-check.js';
import { readTreeBlobBatches } from '../git/batch-reader.js';
import { resolveCommit } from '../git/refs.js';
import { listTree as listGitTree, type TreeFile } from '../git/tree-reader.js';
import { readLedgerFileBatches } from './ledger-files.js';
import { LEDGER_ROOT } from './ledger-layout.js';
import { readTaskFolders } from './read-task-folders.js';

export { refExists } from '../git/refs.js';

/** One stored entry file: where it is, its blob id and its exact bytes. */
export interface StoredEntry {
  readonly path: string;
  readonly blob: string;
  readonly bytes: Buffer;
}

/**
 * Stream the entry files of a ref below a folder (the whole ledger by default): path and blob
 * id of every file, without a checkout and without holding the listing in memory.
 */
export function listTree(
  repoDir: string,
  ref: string,
  folder: string = LEDGER_ROOT,
): AsyncGenerator<TreeFile> {
  return listGitTree(repoDir, ref, folder);
}

/**
 * Every file below `folder` on a ref (the whole ledger by default), read straight from git
 * objects in batches, in path order, through the git batch reader (`ls-tree` piped into
 * `cat-file --batch`): memory stays flat however long the ledger. Nothing when the ref does
 * not exist.
 */
async function* readStoredEntryBatches(
  repoDir: string,
  ref: string,
  options: { folder?: string } = {},
): AsyncGenerator<StoredEntry[]> {
  // No ref (or no commit at it): nothing, told by ls-tree itself, without a rev-parse first.
  yield* readTreeBlobBatches(repoDir, ref, options.folder ?? LEDGER_ROOT, {
    commitOrNothing: true,
  });
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

/**
 * The entry schema's fast check (see schema-fast-check.ts): `exact` means zod would accept the
 * parsed JSON and return it unchanged, so readers of a whole ledger skip zod for it.
 */
export const fastCheckEntry = compileFastCheck(LedgerEntry);

/**
 * Validate parsed JSON as an entry: the JSON itself when the fast check proves zod would return
 * it unchanged, else zod's result. Errors name the path.
 */
export function entryFromJson(json: unknown, path: string): LedgerEntry {
  if (fastCheckEntry?.(json) === 'exact') return json as LedgerEntry;
  const result = LedgerEntry.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new LedgerError(
      `${path} is not a valid ledger entry: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
      { hint: 'Run `aios ledger verify` to list every problem with the commit that made it.' },
    );
  }
  return result.data;
}

/** Parse and validate one stored entry; errors name the path. */
export function parseStoredEntry(stored: Pick<StoredEntry, 'path' | 'bytes'>): LedgerEntry {
  return entryFromJson(parseStoredJson(stored.path, stored.bytes), stored.path);
}

/**
 * The JSON of a ledger file read from git, or a LedgerError naming the file and what is wrong
 * (bytes that are not UTF-8 included: core/json-bytes.ts), pointing at `aios ledger verify`.
 */
export function parseStoredJson(path: string, bytes: Buffer): unknown {
  try {
    return parseJsonBytes(bytes);
  } catch (cause) {
    throw new LedgerError(`${path} is not valid JSON: ${(cause as Error).message}`, {
      cause,
      hint: 'Run `aios ledger verify` to list every problem with the commit that made it.',
    });
  }
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
  for await (const { entries } of readTaskFolders(repoDir, ref, filter.task)) {
    for (const stored of entries) {
      const entry = parseStoredEntry(stored);
      // The key is path-safe, so two ids could share one; the entry's own id decides.
      if (entry.task === filter.task) yield entry;
    }
  }
}

/**
 * Every entry on a ref, parsed, in path order, read through `git archive` one month folder at a
 * time (see ledger-files.ts and archive-reader.ts: large writes, attributes off, bytes exactly
 * the blobs', one git at a time), a batch per pipe read or more: the whole-ledger readers' path
 * (`aios ledger export`; a reader that takes batches skips a promise per entry). Errors name
 * the path.
 */
export async function* readLedgerArchivedBatches(
  repoDir: string,
  ref: string,
  /** The commit `ref` names, when the caller has looked it up already (one git call fewer). */
  tip?: string,
): AsyncGenerator<LedgerEntry[]> {
  const commit = tip ?? (await resolveCommit(repoDir, ref));
  if (!commit) return;
  for await (const batch of readLedgerFileBatches(repoDir, commit)) {
    const entries: LedgerEntry[] = [];
    for (const file of batch) if (file.path.endsWith('.json')) entries.push(parseStoredEntry(file));
    if (entries.length > 0) yield entries;
  }
}

/** The same, one entry at a time. */
export async function* readLedgerArchived(
  repoDir: string,
  ref: string,
  tip?: string,
): AsyncGenerator<LedgerEntry> {
  for await (const batch of readLedgerArchivedBatches(repoDir, ref, tip)) yield* batch;
}
