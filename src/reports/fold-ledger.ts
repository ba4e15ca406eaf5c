import { resolveCommit } from '../git/refs.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import { ledgerPieces, readPieceBatches } from '../ledger/ledger-files.js';
import { entryFromJson, parseStoredJson } from '../ledger/read-ledger.js';

/** A fold over ledger entries (report, cells). */
export interface LedgerFold<E> {
  add(entry: E | LedgerEntry): void;
}

/**
 * Fold the ledger ref of a repository, read straight from git objects (no checkout), in one
 * streaming pass. `check` proves, field by field, what the fold reads of an entry; an entry it
 * refuses goes through the full schema, whose error names the file.
 *
 * The ledger is read one month folder at a time (`ledgerPieces`): one `git archive` per piece,
 * each exiting before the next starts, so memory stays that of one git reading one month
 * however long the ledger (at a million entries, two archives at once held twice the memory
 * for no gain in CPU; git and this process already run on two cores side by side), with the
 * young generation bounded as every whole-ledger reader has it (readPieceBatches). No ledger
 * yet: a fresh fold.
 */
export async function foldLedgerFromGit<E, B extends LedgerFold<E>>(
  repoDir: string,
  ref: string,
  make: () => B,
  check: (json: unknown) => E | undefined,
  /** The commit `ref` names, when the caller has looked it up already (one git call fewer). */
  tip?: string,
): Promise<B> {
  const fold = make();
  const commit = tip ?? (await resolveCommit(repoDir, ref));
  if (!commit) return fold;
  const pieces = await ledgerPieces(repoDir, commit);
  for await (const batch of readPieceBatches(repoDir, commit, pieces))
    for (const file of batch) {
      if (!file.path.endsWith('.json')) continue;
      const json = parseStoredJson(file.path, file.bytes);
      // Parsed once: an entry the fold's check refuses goes through the full schema as it is.
      fold.add(check(json) ?? entryFromJson(json, file.path));
    }
  return fold;
}
