/**
 * The ledger branch's store of prompt texts: `prompts/<first two hex>/<other 38 hex>`, each file
 * a git blob named by its own id (task snapshots, persona and standards files, the files shown
 * to a persona, send-back findings). Content-addressed, so a text kept twice is one file, a
 * file is never changed, and anyone can check a file against its name. Kept on the ledger branch
 * itself, so the objects are reachable (gc keeps them) and travel with every fetch or clone of it.
 */
import type { LedgerEntry } from '../core/ledger-entry.js';
import { promptBlobIds } from '../core/prompt-record.js';
import { gitBlobId } from '../git/commit-files.js';

/** The root folder of the prompt objects on the ledger branch (with its slash). */
export const PROMPTS_ROOT = 'prompts/';

const OBJECT_PATH = /^prompts\/([0-9a-f]{2})\/([0-9a-f]{38})$/;

/** Where the object with this blob id lives on the ledger branch. */
export function promptObjectPath(id: string): string {
  return `${PROMPTS_ROOT}${id.slice(0, 2)}/${id.slice(2)}`;
}

/** The blob id a prompt-object path names, or undefined for a path that is not one. */
export function idOfPromptPath(path: string): string | undefined {
  const m = OBJECT_PATH.exec(path);
  return m ? `${m[1]}${m[2]}` : undefined;
}

/**
 * Why `bytes` are not the prompt object at `path`: the path is not a prompt-object path, or the
 * bytes hash to another blob id than the one it names. Undefined when they are that object. The
 * one check the store's flush (a spool file cut short), the deliver job (a work job's objects)
 * and verify (the ledger branch's) make; each says what follows from it.
 */
export function promptObjectProblem(path: string, bytes: Buffer): string | undefined {
  const id = idOfPromptPath(path);
  if (!id)
    return `is not a prompt object path: objects are ${PROMPTS_ROOT}<2 hex>/<38 hex>, named by their git blob id`;
  const actual = gitBlobId(bytes);
  if (actual !== id)
    return `does not hash to the id its path names (its ${bytes.length} bytes are blob ${actual})`;
  return undefined;
}

/** A prompt object an entry names, and the field that names it (for messages). */
export interface NamedObject {
  readonly id: string;
  readonly field: string;
}

/**
 * Every prompt object an entry names: a planned entry's task snapshot, an attempt's prompt
 * texts and the files its context showed (lessons are in the entry itself). The one definition
 * the store (what to commit), verify (what must be there) and the deliver job (what to accept)
 * read.
 */
export function objectsNamedBy(entry: LedgerEntry): NamedObject[] {
  if (entry.event === 'planned')
    return entry.data.snapshot ? [{ id: entry.data.snapshot, field: 'data.snapshot' }] : [];
  if (entry.event !== 'attempt' || !entry.data.prompt) return [];
  const out = promptBlobIds(entry.data.prompt).map((b) => ({
    id: b.id,
    field: `data.prompt.${b.field}`,
  }));
  for (const [i, s] of (entry.data.context?.shown ?? []).entries())
    if (s.why !== 'lesson') out.push({ id: s.blob, field: `data.context.shown[${i}].blob` });
  return out;
}

/** A text to keep, with its id (the git blob id of its bytes). */
export interface PromptObject {
  readonly id: string;
  readonly bytes: Buffer;
  /**
   * Read from the repository's object database (a file the context showed): the store looks
   * such an object up and keeps it by id rather than copying it. Any other object (a task,
   * a persona text, findings) is copied without asking git, since it is rarely there and a copy
   * of an object git also holds is only redundant, never wrong.
   */
  readonly fromRepository?: boolean | undefined;
  /**
   * The repository whose object database was just seen to hold this object (it was read from
   * there by its id): a store over the same repository keeps it by id without asking git.
   */
  readonly heldBy?: string | undefined;
}

/** A text as a prompt object. */
export function promptObject(text: string | Buffer): PromptObject {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { id: gitBlobId(bytes), bytes };
}
