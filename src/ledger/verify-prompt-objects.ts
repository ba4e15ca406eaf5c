import type { LedgerEntry } from '../core/ledger-entry.js';
import { readPromptFileBatches } from './ledger-files.js';
import {
  idOfPromptPath,
  objectsNamedBy,
  promptObjectProblem,
  PROMPTS_ROOT,
} from './prompt-objects.js';

/** A prompt-object problem, at the object's path or the entry that names it. */
export interface PromptObjectProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The prompt objects the entries name (attempt entries: the prompt record's texts and the
 * context's shown files), collected while verify reads the entries, checked once against the
 * ledger's `prompts/` tree.
 */
export class PromptObjectRefs {
  /** Blob id → the first entry path (and field) that names it. */
  private readonly named = new Map<string, { path: string; field: string }>();

  add(path: string, entry: LedgerEntry): void {
    for (const { id, field } of objectsNamedBy(entry))
      if (!this.named.has(id)) this.named.set(id, { path, field });
  }

  /**
   * Every object under `prompts/` at `tip` is a blob named by its own id (read and hashed), and
   * every object an entry names is there.
   */
  async check(
    repoDir: string,
    tip: string,
    /** Whether the tip's root holds `prompts/`, when known (no git call to find out). */
    present?: boolean,
  ): Promise<PromptObjectProblem[]> {
    const problems: PromptObjectProblem[] = [];
    const held = new Set<string>();
    // Read as the entries are (git archive, attributes off): a link or a submodule (gitlink)
    // under prompts/ is named, never skipped or taken for a missing object.
    for await (const batch of readPromptFileBatches(repoDir, tip, present)) {
      for (const o of batch) {
        if (o.other) {
          problems.push({
            path: o.path,
            message: o.folder
              ? `is a submodule (gitlink) or an empty folder, not a prompt object: objects are files, ${PROMPTS_ROOT}<2 hex>/<38 hex>`
              : `is not a regular file (a link?), not a prompt object: objects are files, ${PROMPTS_ROOT}<2 hex>/<38 hex>`,
          });
          continue;
        }
        const problem = promptObjectProblem(o.path, o.bytes);
        const id = idOfPromptPath(o.path);
        if (problem !== undefined || id === undefined) {
          // A path that names an id but holds other bytes: the object was changed after writing.
          const message = problem ?? 'is not a prompt object';
          problems.push({
            path: o.path,
            message: id ? `${message}: the object was altered` : message,
          });
          continue;
        }
        held.add(id);
      }
    }
    for (const [id, at] of this.named)
      if (!held.has(id))
        problems.push({
          path: at.path,
          message: `${at.field} names prompt object ${id}, which the ledger branch does not hold (${PROMPTS_ROOT}${id.slice(0, 2)}/${id.slice(2)}): the prompt cannot be rebuilt`,
        });
    return problems;
  }
}
