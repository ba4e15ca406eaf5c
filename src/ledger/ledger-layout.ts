/**
 * The ledger branch's folder layout, owned here and nowhere else:
 * `ledger/<yyyy>/<mm>/<task-key>/<ULID>-<event>.json`, where the month is the task's first
 * entry's, so one task keeps one folder. Everything that needs to know which part of a path is
 * the task, the month or the id asks this module.
 */

/** The folder every entry lives under (with its slash, as git pathspecs want it). */
export const LEDGER_ROOT = 'ledger/';

/** `ledger/<yyyy>/<mm>/<task-key>/<ULID>-<event>.json`: the only files the ledger holds. */
export const ENTRY_PATH =
  /^ledger\/(\d{4})\/(\d{2})\/([a-z0-9][a-z0-9._-]*)\/([0-9A-HJKMNP-TV-Z]{26})-([a-z]+)\.json$/;

/** The parts of an entry file's path. */
export interface EntryPathParts {
  /** `yyyy-mm`: the month of the task's first entry. */
  readonly month: string;
  /** The task's folder key (`taskKey`). */
  readonly key: string;
  /** `ledger/<yyyy>/<mm>/<task-key>`. */
  readonly folder: string;
  readonly id: string;
  readonly event: string;
}

/** The parts of an entry path, or undefined for a path that is not one. */
export function parseEntryPath(path: string): EntryPathParts | undefined {
  const m = ENTRY_PATH.exec(path);
  if (!m) return undefined;
  return {
    month: `${m[1]}-${m[2]}`,
    key: m[3] ?? '',
    folder: path.slice(0, path.lastIndexOf('/')),
    id: m[4] ?? '',
    event: m[5] ?? '',
  };
}

/** `ledger/<yyyy>/<mm>/<task-key>/<id>-<event>.json`, where the month is the task's first entry's. */
export function entryPath(folder: string, entry: { id: string; event: string }): string {
  return `${folder}/${entry.id}-${entry.event}.json`;
}

/** The folder a task's entries live in, named by the month its first entry was written. */
export function taskFolder(key: string, firstAt: Date): string {
  const yyyy = String(firstAt.getUTCFullYear());
  const mm = String(firstAt.getUTCMonth() + 1).padStart(2, '0');
  return `ledger/${yyyy}/${mm}/${key}`;
}

/** The folder of any path inside a task's folder (an entry, or a spool file), else undefined. */
export function folderOfPath(path: string): string | undefined {
  const parts = path.split('/');
  return parts.length >= 5 && parts[0] === 'ledger' ? parts.slice(0, 4).join('/') : undefined;
}

/** The task key of a path inside a task's folder, else undefined. */
export function taskKeyOfPath(path: string): string | undefined {
  return folderOfPath(path)?.split('/')[3];
}

/** The month (`yyyy-mm`) of a task folder or a path inside one, else undefined. */
export function monthOfPath(path: string): string | undefined {
  const m = /^ledger\/(\d{4})\/(\d{2})(?:\/|$)/.exec(path);
  return m ? `${m[1]}-${m[2]}` : undefined;
}
