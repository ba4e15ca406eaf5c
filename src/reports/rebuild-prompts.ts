import { z } from 'zod';
import { Finding } from '../core/gate-verdict.js';
import type { LedgerEntry } from '../core/ledger-entry.js';
import { Task } from '../core/task.js';
import { replayContext } from '../context/replay-context.js';
import { CatFileBatch } from '../git/cat-file-batch.js';
import { gitBlobId } from '../git/commit-files.js';
import type { ChatMessage } from '../models/model-provider.js';
import { buildPrompt } from '../personas/build-prompt.js';
import { parsePersona } from '../personas/load-personas.js';

/** One call's prompt as rebuilt from the ledger's git objects, or why it could not be. */
export interface RebuiltPrompt {
  readonly attempt: number;
  readonly call: number;
  readonly purpose: string;
  readonly modelId: string;
  readonly persona: string;
  /** The messages sent, in order (system, user, and a repair call's added turns). */
  readonly messages?: ChatMessage[] | undefined;
  /** Why the prompt cannot be rebuilt (an object missing, a call recorded before prompts were kept). */
  readonly error?: string | undefined;
}

const Messages = z.array(
  z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() }).strict(),
);

/**
 * Rebuild the exact prompt of each model call of a task from git objects alone: the attempt
 * entry's prompt record names the task snapshot, the persona file and the per-attempt inputs by
 * blob id; its context record names the shown files' blobs and line ranges. Each object is
 * checked against its id before it is used. The prompt builder then gives back the messages.
 */
export async function rebuildPrompts(
  entries: readonly LedgerEntry[],
  readBlob: (id: string) => Promise<Buffer | undefined>,
): Promise<RebuiltPrompt[]> {
  const out: RebuiltPrompt[] = [];
  for (const e of entries) {
    if (e.event !== 'attempt' || e.actor.type !== 'model') continue;
    const base = {
      attempt: e.data.attempt,
      call: e.data.call,
      purpose: e.data.purpose,
      modelId: e.actor.modelId,
      persona: e.actor.persona,
    };
    const { prompt, context } = e.data;
    if (!prompt || !context) {
      out.push({
        ...base,
        error:
          'this call recorded no prompt texts (a reviewer or classifier call, or an entry from before prompts were kept)',
      });
      continue;
    }
    try {
      const read = async (id: string, what: string): Promise<Buffer> => {
        const bytes = await readBlob(id);
        if (!bytes) throw new Error(`${what} object ${id} is not in the repository`);
        if (gitBlobId(bytes) !== id)
          throw new Error(`${what} object ${id} does not hash to its id`);
        return bytes;
      };
      const text = async (id: string, what: string): Promise<string> =>
        (await read(id, what)).toString('utf8');
      const task = Task.parse(JSON.parse(await text(prompt.task, 'task')));
      const persona = parsePersona(await text(prompt.persona, 'persona'), `${e.actor.persona}.md`);
      const replayed = await replayContext(context, task, (id) => read(id, 'shown file'));
      const sentBack = prompt.sentBack
        ? z.array(Finding).parse(JSON.parse(await text(prompt.sentBack, 'sent-back findings')))
        : undefined;
      const humanAnswer = prompt.answer ? await text(prompt.answer, 'answer') : undefined;
      const messages = buildPrompt({
        persona,
        task,
        context: replayed,
        attempt: e.data.attempt,
        minConfidence: prompt.minConfidence,
        sentBack,
        humanAnswer,
      });
      if (prompt.repair)
        messages.push(...Messages.parse(JSON.parse(await text(prompt.repair, 'repair turns'))));
      out.push({ ...base, messages });
    } catch (error) {
      out.push({ ...base, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

/** `rebuildPrompts` with the objects read from a repository (one `cat-file --batch`). */
export async function rebuildPromptsIn(
  repoDir: string,
  entries: readonly LedgerEntry[],
): Promise<RebuiltPrompt[]> {
  const cat = new CatFileBatch(repoDir);
  try {
    return await rebuildPrompts(entries, (id) => cat.read(id));
  } finally {
    await cat.close();
  }
}
