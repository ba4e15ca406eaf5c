import type { Ollama } from 'ollama';

/** Turns texts into vectors with one model: the port semantic retrieval depends on. */
export interface Embedder {
  /** The embedding model's name: vectors are cached per (blob, model). */
  readonly model: string;
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** Texts per `/api/embed` call: bounds one request's size and time. */
const BATCH = 32;

/**
 * An Embedder over an Ollama server's `/api/embed` (docs/api.md, "Generate Embeddings") through
 * the `ollama` client: one vector per input, in order.
 */
export function ollamaEmbedder(host: string, model: string): Embedder {
  // The client loads on the first embedding: a run without embeddings configured never loads it.
  let client: Promise<Ollama> | undefined;
  return {
    model,
    async embed(texts) {
      client ??= import('ollama').then(({ Ollama }) => new Ollama({ host }));
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const input = texts.slice(i, i + BATCH);
        const r = await (await client).embed({ model, input });
        if (r.embeddings.length !== input.length)
          throw new Error(
            `${host} /api/embed gave ${r.embeddings.length} vectors for ${input.length} texts (model ${model})`,
          );
        out.push(...r.embeddings);
      }
      return out;
    },
  };
}
