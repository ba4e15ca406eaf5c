import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { chunkText } from './chunk-text.js';
import { excludedByContent, excludedByName } from './exclusions.js';
import { wordsOf } from './query-terms.js';
import { rankRepoMap, type MapFile, type TaggedFile } from './repo-map.js';
import { syntaxTags, type DefTag } from './syntax-tags.js';
import { loadSyntaxParsers, syntaxLanguageOf, type SyntaxParsers } from './syntax-grammars.js';
import type { TreeEntry } from './workspace.js';

/**
 * The text as FTS5 indexes it: its own tokenizer splits words and snake_case; camelCase
 * identifiers get their parts added (`getUserName` → get user name) so queries in words find
 * them. Cheaper than splitting every word in JavaScript.
 */
function searchableText(text: string): string {
  const camel = text.match(/\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b/g);
  if (!camel) return text;
  return `${text}\n${wordsOf([...new Set(camel)].join(' ')).join(' ')}`;
}

/** What an update did, reported to the person and recorded in benchmarks. */
export interface IndexUpdate {
  readonly files: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** Chunks written by this update. */
  readonly chunks: number;
  readonly ms: number;
  /**
   * How code was cut, when this update chunked any PHP, JavaScript, TypeScript or CSS:
   * `tree-sitter`, or which grammars fell back to the regex chunker and why.
   */
  readonly chunker?: string;
}

/** A chunk found for a query, with its BM25 score (higher is better). */
export interface RetrievedChunk {
  readonly path: string;
  readonly blob: string;
  readonly start: number;
  readonly end: number;
  readonly symbols: readonly string[];
  readonly score: number;
}

export type BlobReader = (blobs: readonly string[]) => Promise<Map<string, Buffer>>;

const SCHEMA_VERSION = '5';
/** Files larger than this are not indexed (they are still shown, cut, when named). */
const MAX_INDEXED_BYTES = 2_000_000;
/** Blobs read per pipelined batch while indexing: bounds memory on large repositories. */
const READ_BATCH = 400;
/** BM25 weights per column: a match in the path counts most, then symbols, then the text. */
const WEIGHTS = { path: 4, symbols: 3, body: 1 };

/**
 * The repository's search index: one SQLite file (`.aios/cache/index.sqlite`) through Node's
 * built-in `node:sqlite`, no server and no native build. Chunks are kept per (path, blob) and
 * re-indexed only when a path's blob id changes; the text itself is not stored (FTS5
 * contentless table): what is shown is read from git by blob and line range.
 */
export class RepoIndex {
  private readonly db: DatabaseSync;
  private readonly stmt: {
    allFiles: StatementSync;
    deleteFile: StatementSync;
    putFile: StatementSync;
    chunkIds: StatementSync;
    deleteChunk: StatementSync;
    deleteText: StatementSync;
    markStale: StatementSync;
    putChunk: StatementSync;
    putText: StatementSync;
  };

  private constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    // Two runs on one repository may update the index at once: wait for the lock, do not fail.
    // The index is a cache, never synced: `synchronous = OFF` comes first, so the switch of a new
    // file to WAL does not sync its rollback journal, the file and the folder (four fsyncs).
    this.db.exec(
      'PRAGMA busy_timeout = 10000; PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL;',
    );
    this.db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const version = this.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as
      { value: string } | undefined;
    if (version?.value !== SCHEMA_VERSION) {
      // An older layout is a cache, not a record: start again.
      this.db.exec(
        'DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS chunks; DROP TABLE IF EXISTS stale; DROP TABLE IF EXISTS chunk_vocab; DROP TABLE IF EXISTS chunk_text; DROP TABLE IF EXISTS def_tags; DROP TABLE IF EXISTS ref_tags;',
      );
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS files (
        path TEXT PRIMARY KEY, blob TEXT NOT NULL, size INTEGER NOT NULL, excluded TEXT);
      CREATE TABLE IF NOT EXISTS chunks (
        id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, blob TEXT NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL, symbols TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS chunks_by_path ON chunks (path);
      CREATE TABLE IF NOT EXISTS stale (id INTEGER PRIMARY KEY);
      CREATE VIRTUAL TABLE IF NOT EXISTS chunk_text USING fts5 (
        path, symbols, body, content = '', contentless_delete = 1);
      CREATE VIRTUAL TABLE IF NOT EXISTS chunk_vocab USING fts5vocab (chunk_text, 'row');
      CREATE TABLE IF NOT EXISTS def_tags (
        path TEXT NOT NULL, blob TEXT NOT NULL, name TEXT NOT NULL, line INTEGER NOT NULL,
        scope TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS def_tags_by_path ON def_tags (path);
      CREATE INDEX IF NOT EXISTS def_tags_by_name ON def_tags (name);
      CREATE TABLE IF NOT EXISTS ref_tags (
        path TEXT NOT NULL, name TEXT NOT NULL, count INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS ref_tags_by_path ON ref_tags (path);
    `);
    this.db
      .prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)")
      .run(SCHEMA_VERSION);
    this.stmt = {
      allFiles: this.db.prepare('SELECT path, blob FROM files'),
      deleteFile: this.db.prepare('DELETE FROM files WHERE path = ?'),
      putFile: this.db.prepare(
        'INSERT OR REPLACE INTO files (path, blob, size, excluded) VALUES (?, ?, ?, ?)',
      ),
      chunkIds: this.db.prepare('SELECT id FROM chunks WHERE path = ?'),
      deleteChunk: this.db.prepare('DELETE FROM chunks WHERE id = ?'),
      deleteText: this.db.prepare('DELETE FROM chunk_text WHERE rowid = ?'),
      markStale: this.db.prepare('INSERT OR IGNORE INTO stale (id) VALUES (?)'),
      putChunk: this.db.prepare(
        'INSERT INTO chunks (path, blob, start, end, symbols) VALUES (?, ?, ?, ?, ?)',
      ),
      putText: this.db.prepare(
        'INSERT INTO chunk_text (rowid, path, symbols, body) VALUES (?, ?, ?, ?)',
      ),
    };
  }

  /** Open (creating when missing) the index file. */
  static open(file: string): RepoIndex {
    return new RepoIndex(file);
  }

  /**
   * Bring the index up to the tree: paths gone are removed, paths whose blob changed (or that
   * are new) are read in pipelined batches and re-chunked; the rest is not touched.
   * `ignored` paths (the repository's ignore rules) are never indexed.
   */
  async update(
    entries: readonly TreeEntry[],
    read: BlobReader,
    options: {
      /** Which of these paths the repository's ignore rules match (asked only when needed). */
      ignored?: (paths: readonly string[]) => Promise<ReadonlySet<string>>;
      onProgress?: (done: number, total: number) => void;
    } = {},
  ): Promise<IndexUpdate> {
    const started = performance.now();
    const none = (): IndexUpdate => ({
      files: entries.length,
      added: 0,
      changed: 0,
      removed: 0,
      chunks: 0,
      ms: Math.round(performance.now() - started),
    });
    // The whole tree's fingerprint: the same tree as last time means nothing to do, without
    // loading a row per file (what keeps a run on a 20,000-file repository quick).
    const hash = createHash('sha1');
    for (const e of entries) hash.update(`${e.blob} ${e.path}\0`);
    const fingerprint = hash.digest('hex');
    const last = this.db.prepare("SELECT value FROM meta WHERE key = 'tree'").get() as
      { value: string } | undefined;
    if (last?.value === fingerprint) return none();

    const known = new Map<string, string>();
    for (const row of this.stmt.allFiles.all() as { path: string; blob: string }[])
      known.set(row.path, row.blob);
    const present = new Set<string>();
    const todo: TreeEntry[] = [];
    let added = 0;
    let changed = 0;
    let rulesChanged = false;
    for (const e of entries) {
      present.add(e.path);
      const was = known.get(e.path);
      if (was === e.blob) continue;
      if (was === undefined) added++;
      else changed++;
      todo.push(e);
      if (e.path === '.gitignore' || e.path.endsWith('/.gitignore')) rulesChanged = true;
    }
    let removed = 0;
    for (const path of known.keys()) {
      if (present.has(path)) continue;
      if (path === '.gitignore' || path.endsWith('/.gitignore')) rulesChanged = true;
    }
    // Grammars are loaded only when there is code of their languages to cut (ignored or not, as
    // before); started here, their loading overlaps the ignore-rule lookup's git process.
    const languages = new Set(
      todo.map((e) => syntaxLanguageOf(e.path)).filter((l) => l !== undefined),
    );
    const syntaxLoad = languages.size ? loadSyntaxParsers(languages) : undefined;
    syntaxLoad?.catch(() => undefined); // awaited below; not unhandled if an await before throws
    // New ignore rules can hide files that did not change: then every path is asked again.
    const ignored =
      options.ignored && (rulesChanged || todo.length)
        ? await options.ignored(rulesChanged ? entries.map((e) => e.path) : todo.map((e) => e.path))
        : new Set<string>();
    this.db.exec('BEGIN');
    try {
      for (const path of known.keys()) {
        if (present.has(path)) continue;
        this.dropPath(path);
        this.stmt.deleteFile.run(path);
        removed++;
      }
      if (rulesChanged) {
        const todoPaths = new Set(todo.map((e) => e.path));
        for (const e of entries) {
          if (!ignored.has(e.path) || todoPaths.has(e.path)) continue;
          this.dropPath(e.path);
          this.stmt.putFile.run(e.path, e.blob, e.size, 'gitignored');
        }
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }

    let chunks = 0;
    let done = 0;
    const syntax: SyntaxParsers | undefined = await syntaxLoad;
    for (let i = 0; i < todo.length; i += READ_BATCH) {
      const batch = todo.slice(i, i + READ_BATCH);
      const skip = new Map<string, string>();
      for (const e of batch) {
        const why = ignored.has(e.path)
          ? 'gitignored'
          : (excludedByName(e.path) ?? (e.size > MAX_INDEXED_BYTES ? 'too-large' : undefined));
        if (why) skip.set(e.path, why);
      }
      const blobs = await read(batch.filter((e) => !skip.has(e.path)).map((e) => e.blob));
      this.db.exec('BEGIN');
      try {
        for (const e of batch) {
          this.dropPath(e.path);
          const bytes = blobs.get(e.blob);
          const why = skip.get(e.path) ?? (bytes ? excludedByContent(bytes) : 'unreadable');
          this.stmt.putFile.run(e.path, e.blob, e.size, why ?? null);
          if (why || !bytes) continue;
          const pathWords = wordsOf(e.path).join(' ');
          const text = bytes.toString('utf8');
          this.putTags(e.path, e.blob, text, syntax);
          for (const c of chunkText(e.path, text, syntax)) {
            const r = this.stmt.putChunk.run(e.path, e.blob, c.start, c.end, c.symbols.join('\n'));
            this.stmt.putText.run(
              r.lastInsertRowid,
              pathWords,
              wordsOf(c.symbols.join(' ')).join(' '),
              searchableText(c.text),
            );
            chunks++;
          }
        }
        this.db.exec('COMMIT');
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
      done += batch.length;
      options.onProgress?.(done, todo.length);
    }
    this.purgeStale();
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('tree', ?)").run(fingerprint);
    return {
      files: entries.length,
      added,
      changed,
      removed,
      chunks,
      ms: Math.round(performance.now() - started),
      ...(syntax ? { chunker: describeChunker(syntax) } : {}),
    };
  }

  /** The best chunks for the query terms by BM25 with column weights. */
  search(terms: readonly string[], limit = 50): RetrievedChunk[] {
    let words = [...new Set(terms.flatMap((t) => wordsOf(t)))];
    if (words.length === 0) return [];
    // Words in more than a tenth of all chunks say little and cost most (BM25 is computed for
    // every chunk that matches): they are left out unless nothing rarer is asked.
    const total = (this.db.prepare('SELECT count(*) AS n FROM chunks').get() as { n: number }).n;
    if (total > 1000) {
      const docs = this.db.prepare('SELECT doc FROM chunk_vocab WHERE term = ?');
      const rare = words.filter(
        (w) => ((docs.get(w) as { doc: number } | undefined)?.doc ?? 0) <= total / 10,
      );
      if (rare.length) words = rare;
    }
    const query = words.map((w) => `"${w}"`).join(' OR ');
    const rows = this.db
      .prepare(
        `SELECT c.path, c.blob, c.start, c.end, c.symbols,
                bm25(chunk_text, ${WEIGHTS.path}, ${WEIGHTS.symbols}, ${WEIGHTS.body}) AS rank
           FROM chunk_text JOIN chunks c ON c.id = chunk_text.rowid
          WHERE chunk_text MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(query, limit) as {
      path: string;
      blob: string;
      start: number;
      end: number;
      symbols: string;
      rank: number;
    }[];
    return rows.map((r) => ({
      path: r.path,
      blob: r.blob,
      start: r.start,
      end: r.end,
      symbols: r.symbols ? r.symbols.split('\n') : [],
      score: -r.rank,
    }));
  }

  /** Counts, for reports and tests. */
  stats(): { files: number; chunks: number; excluded: number } {
    const one = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      files: one('SELECT count(*) AS n FROM files'),
      chunks: one('SELECT count(*) AS n FROM chunks'),
      excluded: one('SELECT count(*) AS n FROM files WHERE excluded IS NOT NULL'),
    };
  }

  /** Text rows of replaced chunks not yet purged. */
  staleRows(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM stale').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }

  /**
   * A path's chunks leave the `chunks` table at once (search joins on it, so they are never
   * found again), while their text rows are only marked stale: deleting from a contentless FTS5
   * table costs about a millisecond a row, too much for an update of 100 files. Stale rows
   * are purged together once they are a quarter of the index.
   */
  /** Definition and reference tags of a code file, for the repository map. */
  private putTags(path: string, blob: string, text: string, syntax: SyntaxParsers | undefined) {
    const language = syntaxLanguageOf(path);
    const parser = language ? syntax?.parsers.get(language) : undefined;
    if (!language || !parser) return;
    const tags = syntaxTags(parser, language, text);
    if (!tags) return;
    const def = this.db.prepare(
      'INSERT INTO def_tags (path, blob, name, line, scope) VALUES (?, ?, ?, ?, ?)',
    );
    for (const d of tags.defs) def.run(path, blob, d.name, d.line, d.scope.join(','));
    const ref = this.db.prepare('INSERT INTO ref_tags (path, name, count) VALUES (?, ?, ?)');
    for (const [name, count] of tags.refs) ref.run(path, name, count);
  }

  /**
   * The repository map for a task (Aider's method, `repo-map.ts`): files ranked by
   * personalised PageRank over the def/ref graph seeded by `seeds`, and their best definitions.
   * Only names some file defines are read back, so the graph stays small.
   */
  repoMap(seeds: readonly string[], terms: readonly string[], maxDefs = 60): MapFile[] {
    const files = new Map<string, { blob: string; defs: DefTag[]; refs: Map<string, number> }>();
    const fileOf = (path: string, blob: string) => {
      let f = files.get(path);
      if (!f) {
        f = { blob, defs: [], refs: new Map() };
        files.set(path, f);
      }
      return f;
    };
    const defs = this.db.prepare('SELECT path, blob, name, line, scope FROM def_tags').all() as {
      path: string;
      blob: string;
      name: string;
      line: number;
      scope: string;
    }[];
    for (const d of defs)
      fileOf(d.path, d.blob).defs.push({
        name: d.name,
        line: d.line,
        scope: d.scope ? d.scope.split(',').map(Number) : [],
      });
    const refs = this.db
      .prepare(
        `SELECT r.path, r.name, r.count, (SELECT blob FROM files f WHERE f.path = r.path) AS blob
           FROM ref_tags r WHERE r.name IN (SELECT name FROM def_tags)`,
      )
      .all() as { path: string; name: string; count: number; blob: string | null }[];
    for (const r of refs) if (r.blob) fileOf(r.path, r.blob).refs.set(r.name, r.count);
    return rankRepoMap({ files: files as ReadonlyMap<string, TaggedFile>, seeds, terms, maxDefs });
  }

  private dropPath(path: string): void {
    this.db.prepare('DELETE FROM def_tags WHERE path = ?').run(path);
    this.db.prepare('DELETE FROM ref_tags WHERE path = ?').run(path);
    for (const row of this.stmt.chunkIds.all(path) as { id: number }[]) {
      this.stmt.markStale.run(row.id);
      this.stmt.deleteChunk.run(row.id);
    }
  }

  private purgeStale(): void {
    const one = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    const stale = one('SELECT count(*) AS n FROM stale');
    if (stale === 0 || stale < Math.max(2_000, one('SELECT count(*) AS n FROM chunks') / 4)) return;
    this.db.exec('BEGIN');
    try {
      for (const row of this.db.prepare('SELECT id FROM stale').all() as { id: number }[])
        this.stmt.deleteText.run(row.id);
      this.db.exec('DELETE FROM stale');
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}

/** `tree-sitter`, or which grammars fell back to the regex chunker and why. */
export function describeChunker(syntax: SyntaxParsers): string {
  if (syntax.failed.size === 0) return 'tree-sitter';
  const failed = [...syntax.failed].map(([l, why]) => `${l}: ${why}`).join('; ');
  return syntax.parsers.size
    ? `tree-sitter; regex fallback for ${failed}`
    : `regex fallback (${failed})`;
}
