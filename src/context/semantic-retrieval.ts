import type { AiosConfig } from '../config/config-schema.js';
import type { Task } from '../core/task.js';
import { ollamaEmbedder, type Embedder } from './ollama-embedder.js';
import type { BlobReader, RetrievedChunk } from './repo-index.js';
import { VectorIndex } from './vector-index.js';

/** Characters of the task embedded as the query. */
const QUERY_CHARS = 4_000;

/**
 * The embedder the config asks for: only when `context.embeddings.model` is set, on its host,
 * else the first Ollama model's, else OLLAMA_HOST, else Ollama's default address.
 */
export function configuredEmbedder(config: AiosConfig): Embedder | undefined {
  const settings = config.context.embeddings;
  if (!settings) return undefined;
  const ollama = Object.values(config.models).find((m) => m.provider === 'ollama');
  const host =
    settings.host ??
    (ollama && 'host' in ollama ? ollama.host : undefined) ??
    process.env['OLLAMA_HOST'] ??
    'http://127.0.0.1:11434';
  return ollamaEmbedder(host, settings.model);
}

/**
 * Semantic hits for a task: missing chunk vectors are embedded (cached by blob and model), the
 * task is embedded, and the nearest chunks come back for rank fusion with BM25.
 */
export async function semanticHits(options: {
  indexFile: string;
  embedder: Embedder;
  read: BlobReader;
  task: Pick<Task, 'title' | 'body'>;
  limit?: number;
}): Promise<RetrievedChunk[]> {
  const vectors = VectorIndex.open(options.indexFile);
  try {
    await vectors.embedMissing(options.embedder, options.read);
    const [query] = await options.embedder.embed([
      `${options.task.title}\n${options.task.body}`.slice(0, QUERY_CHARS),
    ]);
    if (!query) return [];
    return vectors.search(options.embedder.model, query, options.limit ?? 60);
  } finally {
    vectors.close();
  }
}
