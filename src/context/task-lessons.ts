import type { LedgerEntry } from '../core/ledger-entry.js';
import type { Task } from '../core/task.js';
import type { LedgerStore } from '../ledger/ledger-store.js';
import { LessonIndex, type Lesson } from './lesson-index.js';
import { pastTasksOf } from './past-tasks.js';
import { queryTerms } from './query-terms.js';

/** The lesson settings from config (`context.lessons`). */
export interface LessonSettings {
  readonly max: number;
  readonly shareAcrossClients: boolean;
}

/**
 * The two or three past outcomes most like this task, as lessons: the ledger's tasks are
 * brought into the lesson index (in the repository's index file, or in memory when the
 * workspace has none) and searched by the task's title, body and kind. Only the same client's
 * past tasks unless the config shares them across clients.
 */
export async function lessonsFor(options: {
  ledger: Pick<LedgerStore, 'entries'>;
  indexFile: string | undefined;
  task: Task;
  kind: string;
  /** The client the work is for (the plan's, else the task's). */
  client: string | undefined;
  settings: LessonSettings;
}): Promise<Lesson[]> {
  const { settings, task } = options;
  if (settings.max <= 0) return [];
  const entries: LedgerEntry[] = [];
  for await (const e of options.ledger.entries()) entries.push(e);
  const past = pastTasksOf(entries);
  // No other task in the ledger (a new repository, a first run): no lesson can match, so the
  // index is not opened at all. Rows of tasks since gone stay until the next update prunes
  // them, and nothing is read from them before that update.
  if (!past.some((p) => p.task !== task.id)) return [];
  const index = LessonIndex.open(options.indexFile ?? ':memory:');
  try {
    index.update(past);
    return index.search({
      terms: [options.kind, ...queryTerms(`${task.title}\n${task.body}`)],
      client: options.client,
      shareAcrossClients: settings.shareAcrossClients,
      excludeTask: task.id,
      limit: settings.max,
    });
  } finally {
    index.close();
  }
}
