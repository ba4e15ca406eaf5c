/**
 * The spool's files on disk: written so a crash at any instant leaves either the whole entry or
 * nothing (temp file, fsync, rename, fsync of the folder), and checked before they are sent,
 * so a file a crash or a full disk did damage (empty, cut short, not an entry) is set aside in
 * a quarantine folder with a named error instead of being pushed to an append-only branch,
 * where it could never be taken back.
 */
import { isUtf8 } from 'node:buffer';
import { mkdir, open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LedgerError } from '../core/errors.js';
import { parseJsonBytes } from '../core/json-bytes.js';
import { LedgerEntry } from '../core/ledger-entry.js';
import { parseEntryPath } from './ledger-layout.js';

/** A spool file that is not a whole ledger entry; it was moved to the quarantine folder. */
export class SpoolDamagedError extends LedgerError {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly movedTo: string,
  ) {
    super(`spool file ${path} is damaged (${reason}); moved to ${movedTo}, not sent`, {
      hint: 'A run was cut off while writing it. The entry is lost; `aios ledger verify` checks the rest. Delete the quarantined file once looked at.',
    });
  }
}

async function fsyncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Write `bytes` to `file` so that after a crash it holds all of them or does not exist. */
export async function writeDurably(file: string, bytes: string | Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
  // The rename itself lives in the folder: sync it too, or a crash can forget the new name.
  await fsyncPath(dirname(file), 'r').catch(() => undefined); // not every platform opens folders
}

/**
 * A spool file read: the entry it holds, or why it is not a whole entry at its path. Parsed and
 * validated once here; the flush keeps the entry for everything else it needs of the file.
 */
export function readSpoolFile(
  path: string,
  bytes: Buffer,
): { entry: LedgerEntry; problem?: undefined } | { entry?: undefined; problem: string } {
  if (bytes.length === 0) return { problem: 'empty' };
  let json: unknown;
  try {
    json = parseJsonBytes(bytes);
  } catch (e) {
    return {
      problem: isUtf8(bytes)
        ? `not valid JSON (${bytes.length} bytes, cut short?)`
        : `not valid JSON: ${(e as Error).message}`,
    };
  }
  const parsed = LedgerEntry.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      problem: `not a ledger entry: ${first ? `${first.path.join('.') || '(entry)'}: ${first.message}` : 'invalid'}`,
    };
  }
  const parts = parseEntryPath(path);
  if (!parts) return { problem: 'not at a ledger entry path' };
  if (parts.id !== parsed.data.id || parts.event !== parsed.data.event)
    return {
      problem: `named ${parts.id}-${parts.event} but holds ${parsed.data.id}-${parsed.data.event}`,
    };
  return { entry: parsed.data };
}

/** Why a spool file is not a whole entry at its path, or undefined when it is. */
export function spoolFileProblem(path: string, bytes: Buffer): string | undefined {
  return readSpoolFile(path, bytes).problem;
}

/** Where a spool folder's damaged files go: `<spool parent>/quarantine/<spool name>/`. */
export function quarantineDirOf(spoolDir: string): string {
  return join(dirname(spoolDir), 'quarantine', basename(spoolDir));
}

/** Move a damaged spool file aside (keeping its path) and return the error that says so. */
export async function quarantine(
  spoolDir: string,
  relPath: string,
  reason: string,
): Promise<SpoolDamagedError> {
  const to = join(quarantineDirOf(spoolDir), ...relPath.split('/'));
  await mkdir(dirname(to), { recursive: true });
  await rename(join(spoolDir, ...relPath.split('/')), to);
  return new SpoolDamagedError(relPath, reason, to);
}
