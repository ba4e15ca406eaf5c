import { DatabaseSync } from 'node:sqlite';
import type { Embedder } from './ollama-embedder.js';
import { sqliteVecFile } from './sqlite-vec-file.js';
import type { BlobReader, RetrievedChunk } from './repo-index.js';

/** At most this many characters of a chunk are embedded (embedding models have small windows). */
const MAX_EMBED_CHARS = 4_000;

/**
 * Chunk vectors in the index file, cached by (blob, model) and searched with sqlite-vec's
 * `vec_distance_cosine`. Opened on its own connection with extensions allowed (node:sqlite
 * refuses `loadExtension` otherwise); the extension is sqlite-vec's own loadable file, shipped
 * beside dist/ (`sqlite-vec-file.ts`), from its platform package when running from the sources.
 */
export class VectorIndex {
  private constructor(private readonly db: DatabaseSync) {}

  /** Open the vectors beside the chunks; throws with the reason when sqlite-vec cannot load. */
  static open(file: string): VectorIndex {
    const db = new DatabaseSync(file, { allowExtension: true });
    try {
      db.loadExtension(sqliteVecFile());
      db.exec('PRAGMA busy_timeout = 10000;');
      db.exec(`CREATE TABLE IF NOT EXISTS chunk_vectors (
        blob TEXT NOT NULL, model TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
        vector BLOB NOT NULL, PRIMARY KEY (blob, model, start, end))`);
    } catch (error) {
      db.close();
      throw error;
    }
    return new VectorIndex(db);
  }

  /** Embed the chunks that have no vector for this model yet; returns how many were embedded. */
  async embedMissing(embedder: Embedder, read: BlobReader): Promise<number> {
    const missing = this.db
      .prepare(
        `SELECT c.blob, c.start, c.end FROM chunks c
          WHERE NOT EXISTS (SELECT 1 FROM chunk_vectors v WHERE v.blob = c.blob
                              AND v.model = ? AND v.start = c.start AND v.end = c.end)
          GROUP BY c.blob, c.start, c.end`,
      )
      .all(embedder.model) as { blob: string; start: number; end: number }[];
    if (missing.length === 0) return 0;
    const blobs = await read([...new Set(missing.map((m) => m.blob))]);
    const todo = missing.filter((m) => blobs.has(m.blob));
    const texts = todo.map((m) =>
      (blobs.get(m.blob)?.toString('utf8') ?? '')
        .split('\n')
        .slice(m.start - 1, m.end)
        .join('\n')
        .slice(0, MAX_EMBED_CHARS),
    );
    const vectors = await embedder.embed(texts);
    const put = this.db.prepare(
      'INSERT OR REPLACE INTO chunk_vectors (blob, model, start, end, vector) VALUES (?, ?, ?, ?, ?)',
    );
    this.db.exec('BEGIN');
    try {
      todo.forEach((m, i) => {
        const v = vectors[i];
        if (v) put.run(m.blob, embedder.model, m.start, m.end, new Float32Array(v));
      });
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
    return todo.length;
  }

  /** The chunks nearest the query vector (cosine), best first, among the live chunks. */
  search(model: string, query: readonly number[], limit = 50): RetrievedChunk[] {
    const rows = this.db
      .prepare(
        `SELECT c.path, c.blob, c.start, c.end, c.symbols,
                vec_distance_cosine(v.vector, ?) AS d
           FROM chunk_vectors v JOIN chunks c
             ON c.blob = v.blob AND c.start = v.start AND c.end = v.end
          WHERE v.model = ? ORDER BY d LIMIT ?`,
      )
      .all(new Float32Array(query), model, limit) as {
      path: string;
      blob: string;
      start: number;
      end: number;
      symbols: string;
      d: number;
    }[];
    return rows.map((r) => ({
      path: r.path,
      blob: r.blob,
      start: r.start,
      end: r.end,
      symbols: r.symbols ? r.symbols.split('\n') : [],
      score: 1 - r.d,
    }));
  }

  close(): void {
    this.db.close();
  }
}
