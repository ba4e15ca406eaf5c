import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError, ModelError } from '../core/errors.js';
import { parseYamlWith } from '../core/yaml-source.js';
import {
  MODEL_SPEC_VERSION,
  type ChatRequest,
  type ChatResult,
  type ModelProvider,
} from './model-provider.js';

/**
 * A script of answers for the `scripted` provider: per persona, one answer per attempt. An
 * answer is either a persona answer object, or `raw` text (to script a model that breaks the
 * contract). Nothing here is AI: every entry it produces says `scripted`.
 */
export const ScriptedAnswer = z.union([
  z.object({ raw: z.string() }).strict(),
  z
    .object({
      decision: z.enum(['done', 'decline', 'ask']),
      confidence: z.number().min(0).max(1),
      summary: z.string(),
      files: z.array(z.object({ path: z.string(), content: z.string() }).strict()).default([]),
      questions: z.array(z.string()).default([]),
      declineReason: z.string().nullable().default(null),
      suggestedPersona: z.string().nullable().default(null),
    })
    .strict(),
]);

export const ScriptFile = z
  .object({
    notice: z.string().optional(),
    answers: z.record(z.string(), z.array(ScriptedAnswer).min(1)),
  })
  .strict();
export type ScriptFile = z.output<typeof ScriptFile>;

/** Read and validate a script file; errors name file, line and field. */
export async function loadScript(file: string): Promise<ScriptFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new InputError(`Cannot read the script file ${file}.`, [], { cause });
  }
  return parseYamlWith(ScriptFile, text, file, { what: 'script' });
}

/** Rough token count for scripted calls (about four characters a token); scripted cost is 0 anyway. */
function approxTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * The scripted provider. Answers come from the script by persona and attempt; a repair call
 * gets the same attempt's next answer if one is scripted for it under `<persona>#repair`.
 */
export function createScriptedProvider(options: {
  modelId: string;
  script: ScriptFile;
}): ModelProvider {
  const { script } = options;
  const repairsUsed = new Map<string, number>();
  return {
    specificationVersion: MODEL_SPEC_VERSION,
    provider: 'scripted',
    modelId: options.modelId,
    model: 'scripted',
    endpoint: 'scripted',
    async chat(request: ChatRequest): Promise<ChatResult> {
      const started = performance.now();
      if (request.signal?.aborted)
        throw new ModelError(
          'scripted: call cancelled',
          { errorClass: 'cancelled' },
          { retryable: false },
        );
      const key = request.purpose === 'repair' ? `${request.persona}#repair` : request.persona;
      const answers = script.answers[key];
      const index =
        request.purpose === 'repair' ? (repairsUsed.get(key) ?? 0) : request.attempt - 1;
      const answer = answers?.[index];
      if (!answer) {
        throw new ModelError(
          `The script has no answer for ${key}, ${request.purpose === 'repair' ? `repair ${index + 1}` : `attempt ${request.attempt}`}.`,
          { errorClass: 'not-found' },
          { hint: `Add an answer under answers.${key} in the script file.` },
        );
      }
      if (request.purpose === 'repair') repairsUsed.set(key, index + 1);
      const text = 'raw' in answer ? answer.raw : JSON.stringify(answer);
      try {
        request.onProgress?.(text.length);
      } catch {
        // A progress display must never fail a call (the port's contract).
      }
      const prompt = request.messages.map((m) => m.content).join('\n');
      return {
        text,
        usage: {
          inputTokens: approxTokens(prompt),
          outputTokens: approxTokens(text),
          cachedInputTokens: 0,
        },
        durationMs: Math.round(performance.now() - started),
        model: 'scripted',
      };
    },
  };
}
