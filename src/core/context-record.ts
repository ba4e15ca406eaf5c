import { z } from 'zod';

/** Why a piece of the repository was shown to the persona. */
export const ContextWhy = z.enum(['named', 'changed', 'lane', 'retrieved', 'map', 'lesson']);
export type ContextWhy = z.infer<typeof ContextWhy>;

/** One thing shown: enough to rebuild it from git objects (blob and line ranges). */
export const ShownItem = z.object({
  path: z.string(),
  blob: z.string(),
  /** Line ranges shown (1-based, inclusive); absent when the whole file was shown. */
  ranges: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])).optional(),
  tokens: z.number().int().nonnegative(),
  score: z.number(),
  why: ContextWhy,
  /** A lesson's text as shown: it is read from the ledger, not a repository blob (`blob` is the id of the past task's last entry). */
  text: z.string().optional(),
});
export type ShownItem = z.infer<typeof ShownItem>;

/**
 * What an attempt's prompt was made of, recorded in its `attempt` entry: what was shown and
 * why, what was left out (a count and the first few), the budget and how tokens were counted.
 */
export const ContextRecord = z.object({
  /** Prompt budget in tokens: the tier's context budget minus the output cap. */
  budget: z.number().int().nonnegative(),
  /** Tokens of the whole first-attempt prompt, counted by `tokenizer`. */
  tokens: z.number().int().nonnegative(),
  tokenizer: z.string(),
  tokensExact: z.boolean(),
  retrieval: z.enum(['none', 'lexical', 'lexical+semantic']),
  shown: z.array(ShownItem),
  omittedCount: z.number().int().nonnegative(),
  omitted: z.array(z.object({ path: z.string(), why: z.string() })),
  notes: z.array(z.string()),
  /** Characters of the task body shown, when it was cut to fit. */
  taskBodyCutAt: z.number().int().nonnegative().optional(),
  /** The index update this context was chosen with: counts and time, or why there was none. */
  index: z
    .union([
      z.object({
        files: z.number().int().nonnegative(),
        added: z.number().int().nonnegative(),
        changed: z.number().int().nonnegative(),
        removed: z.number().int().nonnegative(),
        chunks: z.number().int().nonnegative(),
        ms: z.number().nonnegative(),
        /** How code was cut: `tree-sitter`, or the grammars that fell back to regex and why. */
        chunker: z.string().optional(),
      }),
      z.object({ error: z.string() }),
    ])
    .optional(),
  /** Why retrieval stayed lexical though embeddings are configured (Ollama or sqlite-vec failed). */
  semanticError: z.string().optional(),
  /** Why no lessons were looked up when the ledger could not be read (the work went on). */
  lessonsError: z.string().optional(),
  personaHash: z.string().optional(),
  standardsHash: z.string().optional(),
});
export type ContextRecord = z.infer<typeof ContextRecord>;
