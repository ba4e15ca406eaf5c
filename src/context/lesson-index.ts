import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { lessonText, type PastTask } from './past-tasks.js';
import { wordsOf } from './query-terms.js';

/** A past task chosen as a lesson for the task at hand, with its BM25 score. */
export interface Lesson {
  readonly task: string;
  readonly lastEntry: string;
  readonly client: string | undefined;
  readonly text: string;
  readonly score: number;
}

/** BM25 weights: a title that matches counts most, then the kind, then findings and outcome. */
const WEIGHTS = { title: 3, kind: 2, body: 1 };
const SCHEMA_VERSION = '1';

/**
 * Past tasks from the ledger, indexed beside the repository's chunks in the same SQLite file
 * (`.aios/cache/index.sqlite`, tables `lessons` and `lesson_text`). A task is re-indexed only
 * when its summary changes (its digest); tasks gone from the ledger are removed.
 */
export class LessonIndex {
  private readonly db: DatabaseSync;

  private constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA busy_timeout = 10000;');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS lesson_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
    );
    const version = this.db.prepare("SELECT value FROM lesson_meta WHERE key = 'schema'").get() as
      { value: string } | undefined;
    if (version?.value !== SCHEMA_VERSION)
      this.db.exec('DROP TABLE IF EXISTS lessons; DROP TABLE IF EXISTS lesson_text;');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS lessons (
        id INTEGER PRIMARY KEY AUTOINCREMENT, task TEXT NOT NULL UNIQUE, client TEXT,
        digest TEXT NOT NULL, json TEXT NOT NULL);
      CREATE VIRTUAL TABLE IF NOT EXISTS lesson_text USING fts5 (title, kind, body);
    `);
    this.db
      .prepare("INSERT OR REPLACE INTO lesson_meta (key, value) VALUES ('schema', ?)")
      .run(SCHEMA_VERSION);
  }

  static open(file: string): LessonIndex {
    return new LessonIndex(file);
  }

  /** Bring the index up to these past tasks; returns how many were (re)indexed and removed. */
  update(past: readonly PastTask[]): { indexed: number; removed: number } {
    const known = new Map(
      (
        this.db.prepare('SELECT id, task, digest FROM lessons').all() as {
          id: number;
          task: string;
          digest: string;
        }[]
      ).map((r) => [r.task, r]),
    );
    const remove = (id: number): void => {
      this.db.prepare('DELETE FROM lessons WHERE id = ?').run(id);
      this.db.prepare('DELETE FROM lesson_text WHERE rowid = ?').run(id);
    };
    let indexed = 0;
    let removed = 0;
    this.db.exec('BEGIN');
    try {
      const seen = new Set<string>();
      for (const p of past) {
        seen.add(p.task);
        const row = known.get(p.task);
        if (row?.digest === p.digest) continue;
        if (row) remove(row.id);
        const { lastInsertRowid } = this.db
          .prepare('INSERT INTO lessons (task, client, digest, json) VALUES (?, ?, ?, ?)')
          .run(p.task, p.client ?? null, p.digest, JSON.stringify(p));
        this.db
          .prepare('INSERT INTO lesson_text (rowid, title, kind, body) VALUES (?, ?, ?, ?)')
          .run(
            lastInsertRowid,
            p.title,
            p.kind,
            `${p.persona} ${p.model ?? ''} ${p.outcome}\n${p.findings.join('\n')}`,
          );
        indexed += 1;
      }
      for (const [task, row] of known) {
        if (seen.has(task)) continue;
        remove(row.id);
        removed += 1;
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
    return { indexed, removed };
  }

  /**
   * The past tasks most like the query (BM25 over title, kind, findings), best first. Only the
   * same client's unless `shareAcrossClients`; a task without a client is its own "client" of
   * unlabelled work. The task at hand is never its own lesson.
   */
  search(options: {
    terms: readonly string[];
    client: string | undefined;
    shareAcrossClients: boolean;
    excludeTask: string;
    limit: number;
  }): Lesson[] {
    const words = [...new Set(options.terms.flatMap((t) => wordsOf(t)))];
    if (words.length === 0 || options.limit <= 0) return [];
    const query = words.map((w) => `"${w}"`).join(' OR ');
    const clientFilter = options.shareAcrossClients ? '' : 'AND l.client IS ?';
    const params: (string | number | null)[] = [query, options.excludeTask];
    if (!options.shareAcrossClients) params.push(options.client ?? null);
    params.push(options.limit);
    const rows = this.db
      .prepare(
        `SELECT l.json, bm25(lesson_text, ${WEIGHTS.title}, ${WEIGHTS.kind}, ${WEIGHTS.body}) AS rank
           FROM lesson_text JOIN lessons l ON l.id = lesson_text.rowid
          WHERE lesson_text MATCH ? AND l.task <> ? ${clientFilter}
          ORDER BY rank LIMIT ?`,
      )
      .all(...params) as { json: string; rank: number }[];
    return rows.map((r) => {
      const p = JSON.parse(r.json) as PastTask;
      return {
        task: p.task,
        lastEntry: p.lastEntry,
        client: p.client,
        text: lessonText(p, p.client === options.client),
        score: -r.rank,
      };
    });
  }

  close(): void {
    this.db.close();
  }
}
