import type { ContextRecord } from '../core/context-record.js';
import type { Task } from '../core/task.js';
import { renderExcerpt } from './excerpt.js';
import { cutTaskBody, OMITTED_SHOWN, type GatheredContext } from './gather-context.js';

/**
 * Rebuild the context an attempt was given from its record and git objects alone: each shown
 * file from its blob (whole, or its recorded line ranges rendered as the excerpt was), the task
 * body cut where it was, the notes and the omitted list. With the persona and the task, the
 * prompt builder then gives back the exact prompt that was sent.
 */
export async function replayContext(
  record: ContextRecord,
  task: Pick<Task, 'body'>,
  readBlob: (blob: string) => Promise<Buffer | undefined>,
): Promise<GatheredContext> {
  const files = await Promise.all(
    record.shown.map(async (s) => {
      // A lesson is read from the ledger, and its text is in the record itself.
      if (s.why === 'lesson') {
        if (s.text === undefined) throw new Error(`lesson ${s.path} has no recorded text`);
        return { ...s, ranges: undefined, content: s.text };
      }
      const bytes = await readBlob(s.blob);
      if (!bytes) throw new Error(`blob ${s.blob} of ${s.path} is not in the repository`);
      const text = bytes.toString('utf8');
      return {
        path: s.path,
        blob: s.blob,
        content: s.ranges ? renderExcerpt(text, s.ranges) : text,
        ranges: s.ranges,
        tokens: s.tokens,
        score: s.score,
        why: s.why,
      };
    }),
  );
  return {
    files,
    tokens: record.tokens,
    omitted: record.omitted.slice(0, OMITTED_SHOWN).map((o) => o.path),
    omittedCount: record.omittedCount,
    taskBody:
      record.taskBodyCutAt === undefined ? task.body : cutTaskBody(task.body, record.taskBodyCutAt),
    notes: record.notes,
    record,
  };
}
