/**
 * Counting tokens the way the model will: with the model family's own tokenizer when one is
 * available (gpt-tokenizer for OpenAI models), otherwise an estimate that says it is one, its
 * characters-per-token corrected by the prompt tokens the provider reported (token-ratio.ts).
 */
export interface TokenCounter {
  /** `o200k_base`, `cl100k_base`, or `estimate (4 characters a token)`: recorded with the context. */
  readonly name: string;
  /** True when the count is the model's own tokenizer, false for an estimate. */
  readonly exact: boolean;
  count(text: string): number;
}

/** About four characters a token for English and code: the fallback when no tokenizer is known. */
export const estimateCounter: TokenCounter = {
  name: 'estimate (4 characters a token)',
  exact: false,
  count: (text) => Math.ceil(text.length / 4),
};

/** Which OpenAI encoding a model name uses, or undefined when it is not an OpenAI model. */
function openAiEncodingOf(model: string): 'o200k_base' | 'cl100k_base' | undefined {
  // GitHub Models names carry a publisher prefix: `openai/gpt-4.1`.
  const name = model.toLowerCase().replace(/^openai\//, '');
  if (/^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o|gpt-oss)/.test(name))
    return 'o200k_base';
  if (/^(gpt-4|gpt-3\.5|text-embedding-3|text-embedding-ada)/.test(name)) return 'cl100k_base';
  return undefined;
}

/**
 * The encoding a model's prompts are counted with exactly, or undefined when it is counted by
 * estimate: the one rule for which models have a tokenizer (the counter here, and what
 * token-ratio.ts learns ratios for).
 */
export function exactEncodingOf(model: {
  provider: string;
  model: string;
}): ReturnType<typeof openAiEncodingOf> {
  return model.provider === 'openai' ? openAiEncodingOf(model.model) : undefined;
}

/**
 * The counter for a model: exact for OpenAI models (the encoding is loaded only then: it is a
 * large table), the estimate for everything else.
 */
export async function tokenCounterFor(
  model: {
    provider: string;
    model: string;
  },
  /** The cache of ratios learned from reported usage (context/token-ratio.ts), if any. */
  ratioFile?: string | undefined,
): Promise<TokenCounter> {
  const encoding = exactEncodingOf(model);
  if (encoding === 'o200k_base') {
    const { countTokens } = await import('gpt-tokenizer/encoding/o200k_base');
    return { name: 'o200k_base', exact: true, count: (t) => countTokens(t) };
  }
  if (encoding === 'cl100k_base') {
    const { countTokens } = await import('gpt-tokenizer/encoding/cl100k_base');
    return { name: 'cl100k_base', exact: true, count: (t) => countTokens(t) };
  }
  // No tokenizer for this family: the estimate, corrected by what the provider reported.
  if (ratioFile) {
    const { learnedRatio, learnedCounter } = await import('./token-ratio.js');
    const learned = await learnedRatio(ratioFile, model);
    if (learned) return learnedCounter(model, learned);
  }
  return estimateCounter;
}
