import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { exactEncodingOf, type TokenCounter } from './token-counter.js';

/**
 * Characters per token learned per model from the prompt tokens providers report, for model
 * families with no tokenizer here (Llama, Mistral, Qwen… on Ollama): the 4-characters estimate
 * is corrected by what the model's own tokenizer counted for the prompts AIOS sent it. Kept in
 * the repository's cache (`.aios/cache/token-ratios.json`, beside the index), so the next task's
 * budget uses it.
 */
const Ratios = z.record(
  z.string(),
  z.object({
    chars: z.number().nonnegative(),
    tokens: z.number().positive(),
    samples: z.number().int().positive(),
  }),
);
type Ratios = z.infer<typeof Ratios>;

/** Counts are halved past this many tokens, so the ratio follows a model that changed. */
const DECAY_AT_TOKENS = 2_000_000;
/** A ratio outside this range is not a tokenizer's (a cached prompt, a proxy's miscount): ignored. */
const PLAUSIBLE = { min: 1, max: 12 } as const;

/** The cache file of learned ratios beside an index file (`.aios/cache/index.sqlite`). */
export function ratioFileBeside(indexFile: string): string {
  return join(dirname(indexFile), 'token-ratios.json');
}

/** The key a ratio is kept under: provider and model name, as configured. */
export function ratioKey(model: { provider: string; model: string }): string {
  return `${model.provider}/${model.model}`;
}

async function readRatios(file: string): Promise<Ratios> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  try {
    return Ratios.parse(JSON.parse(text));
  } catch {
    return {}; // a cache: a damaged file is started again, never an error
  }
}

/** The learned characters per token for a model, or undefined when nothing was reported yet. */
export async function learnedRatio(
  file: string,
  model: { provider: string; model: string },
): Promise<{ ratio: number; samples: number } | undefined> {
  const r = (await readRatios(file))[ratioKey(model)];
  return r ? { ratio: r.chars / r.tokens, samples: r.samples } : undefined;
}

/**
 * Add one call's prompt (characters sent, prompt tokens the provider reported) to the model's
 * ratio. Calls that report no prompt tokens (Ollama leaves them out for a cached prompt) or an
 * implausible ratio teach nothing.
 */
export async function learnRatio(
  file: string,
  model: { provider: string; model: string },
  promptChars: number,
  promptTokens: number,
): Promise<void> {
  if (promptTokens <= 0 || promptChars <= 0) return;
  const ratio = promptChars / promptTokens;
  if (ratio < PLAUSIBLE.min || ratio > PLAUSIBLE.max) return;
  const all = await readRatios(file);
  const key = ratioKey(model);
  const had = all[key] ?? { chars: 0, tokens: 0, samples: 0 };
  let next = {
    chars: had.chars + promptChars,
    tokens: had.tokens + promptTokens,
    samples: had.samples + 1,
  };
  if (next.tokens > DECAY_AT_TOKENS)
    next = { chars: next.chars / 2, tokens: next.tokens / 2, samples: next.samples };
  all[key] = next;
  // Whole or absent: written beside and renamed over (another run may read it meanwhile).
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(all, null, 2)}\n`);
  await rename(tmp, file);
}

/**
 * The estimate for a model with a learned ratio, named as an estimate with where its ratio came
 * from; the plain 4-characters estimate when none was learned.
 */
export function learnedCounter(
  model: { provider: string; model: string },
  learned: { ratio: number; samples: number },
): TokenCounter {
  const ratio = Math.round(learned.ratio * 100) / 100;
  return {
    name: `estimate (${ratio} characters a token, learned from ${learned.samples} reported prompt${learned.samples === 1 ? '' : 's'} of ${ratioKey(model)})`,
    exact: false,
    count: (text) => Math.ceil(text.length / ratio),
  };
}

/**
 * Learn from one model call as the gateway reported it: the characters of the prompt sent and
 * the prompt tokens reported. Only for a model counted by estimate (one with an exact tokenizer
 * never reads the ratio, so nothing is read or written for it), and only from a call with no
 * cached prompt tokens (a server that reports only the tokens it did not have cached would
 * teach too many characters a token, and the budget would then under-count). Never fails the
 * work: the ratio is a cache.
 */
export async function learnFromCall(
  indexFile: string | undefined,
  model: { provider: string; model: string },
  call: {
    promptChars?: number | undefined;
    usage: { inputTokens: number; cachedInputTokens?: number | undefined };
  },
): Promise<void> {
  if (!indexFile || !call.promptChars || (call.usage.cachedInputTokens ?? 0) > 0) return;
  if (exactEncodingOf(model)) return;
  await learnRatio(
    ratioFileBeside(indexFile),
    model,
    call.promptChars,
    call.usage.inputTokens,
  ).catch(() => undefined);
}
