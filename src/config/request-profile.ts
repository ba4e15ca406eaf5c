/**
 * Request profiles: what each model entry sends besides the prompt (sampling temperature, the
 * output cap, reasoning effort, Ollama's context window), with shipped defaults the real APIs
 * accept. The rules come from the services' own published material:
 * - OpenAI reasoning models (gpt-5 family except the `-chat` snapshots, o1/o3/o4 series) accept
 *   only the default temperature (1) and answer any other value with a 400 `unsupported_value`;
 *   `max_tokens` "is not compatible with o-series models", `max_completion_tokens` is the cap for
 *   every model (the `openai` package's `ChatCompletionCreateParamsBase` doc comments, from the
 *   OpenAI OpenAPI description); `reasoning_effort` is for reasoning models only.
 * - Ollama takes `options.temperature`, `options.num_predict` (the output cap) and
 *   `options.num_ctx` (the window; a longer prompt is silently truncated) (docs/api.md, "Generate
 *   a chat completion", and docs/modelfile.md "Valid Parameters and Values").
 */
import { z } from 'zod';

/** The `reasoning_effort` values the `openai` package's `Shared.ReasoningEffort` type lists. */
export const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] as const;
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];

/** The output cap when a model entry sets none: what the budget guard has always assumed. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 16_384;
/**
 * A local model's output cap when none is set: a persona answer fits (files within the 12k
 * context budget), and Ollama's window, which must hold prompt and answer, stays at a size an
 * 8B model's KV cache handles on an ordinary runner.
 */
export const DEFAULT_OLLAMA_MAX_OUTPUT_TOKENS = 8_192;

const Temperature = z.number().min(0).max(2);
const MaxOutputTokens = z.number().int().positive().max(1_000_000);

/** `request:` of an Ollama model entry. */
export const OllamaRequestConfig = z
  .object({
    temperature: Temperature.optional().describe('Sampling temperature (default 0)'),
    maxOutputTokens: MaxOutputTokens.optional().describe(
      'Output cap sent as num_predict; the budget guard prices this many output tokens',
    ),
    contextWindow: z
      .number()
      .int()
      .min(512)
      .optional()
      .describe('num_ctx; default: the context budget plus prompt overhead plus the output cap'),
  })
  .strict();

/** `request:` of an OpenAI-compatible model entry. */
export const OpenAiRequestConfig = z
  .object({
    temperature: Temperature.optional().describe(
      'Sampling temperature (default 0; reasoning models: not sent, only 1 is accepted)',
    ),
    maxOutputTokens: MaxOutputTokens.optional().describe(
      'Output cap sent as max_completion_tokens; the budget guard prices this many output tokens',
    ),
    reasoningEffort: z
      .enum(REASONING_EFFORTS)
      .optional()
      .describe('reasoning_effort, for reasoning models (gpt-5, o-series) only'),
    outputCapField: z
      .enum(['max_completion_tokens', 'max_tokens'])
      .optional()
      .describe(
        'The field the output cap is sent in: max_completion_tokens (default; OpenAI, GitHub Models), or max_tokens for an older compatible server that knows only that',
      ),
  })
  .strict();

/** What a call sends, resolved from the entry and the defaults. */
export interface RequestProfile {
  /** Undefined: not sent (the server's default applies). */
  readonly temperature: number | undefined;
  readonly maxOutputTokens: number;
  readonly reasoningEffort: ReasoningEffort | undefined;
  /** Ollama only: num_ctx when the entry fixes it. */
  readonly contextWindow: number | undefined;
  /** OpenAI-compatible only: the field that carries the output cap (default max_completion_tokens). */
  readonly outputCapField?: 'max_completion_tokens' | 'max_tokens' | undefined;
}

/**
 * Whether an OpenAI model name is a reasoning model (the last path segment, so GitHub Models'
 * `openai/gpt-5` counts): gpt-5 and its dated or sized variants except `gpt-5*-chat*`, and the
 * o-series (o1, o3, o4-mini, ...).
 */
export function isReasoningModel(model: string): boolean {
  const name = (model.split('/').pop() ?? model).toLowerCase();
  if (/^o\d/.test(name)) return true;
  return /^gpt-5/.test(name) && !/-chat/.test(name);
}

type ProfiledModel =
  | {
      readonly provider: 'ollama';
      readonly model: string;
      readonly request?: z.output<typeof OllamaRequestConfig> | undefined;
    }
  | {
      readonly provider: 'openai';
      readonly model: string;
      readonly request?: z.output<typeof OpenAiRequestConfig> | undefined;
    }
  | { readonly provider: 'scripted'; readonly model: string };

/** The profile a model entry's calls use: its `request:` over the defaults for its API. */
export function requestProfile(model: ProfiledModel): RequestProfile {
  switch (model.provider) {
    case 'ollama':
      return {
        temperature: model.request?.temperature ?? 0,
        maxOutputTokens: model.request?.maxOutputTokens ?? DEFAULT_OLLAMA_MAX_OUTPUT_TOKENS,
        reasoningEffort: undefined,
        contextWindow: model.request?.contextWindow,
      };
    case 'openai': {
      const reasoning = isReasoningModel(model.model);
      return {
        temperature: model.request?.temperature ?? (reasoning ? undefined : 0),
        maxOutputTokens: model.request?.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
        reasoningEffort: model.request?.reasoningEffort,
        contextWindow: undefined,
        outputCapField: model.request?.outputCapField ?? 'max_completion_tokens',
      };
    }
    case 'scripted':
      return {
        temperature: undefined,
        maxOutputTokens: DEFAULT_MAX_OUTPUT_TOKENS,
        reasoningEffort: undefined,
        contextWindow: undefined,
      };
  }
}

/** A profile field the model's API would refuse, found at config load rather than at the call. */
export interface ProfileIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** What the config says that the real API would reject for this model (empty when fine). */
export function requestProfileIssues(id: string, model: ProfiledModel): ProfileIssue[] {
  if (model.provider !== 'openai' || !model.request) return [];
  const issues: ProfileIssue[] = [];
  const reasoning = isReasoningModel(model.model);
  const t = model.request.temperature;
  if (reasoning && t !== undefined && t !== 1) {
    issues.push({
      path: ['models', id, 'request', 'temperature'],
      message: `${model.model} is a reasoning model: the API accepts only the default temperature (1); remove request.temperature`,
    });
  }
  if (reasoning && model.request.outputCapField === 'max_tokens') {
    issues.push({
      path: ['models', id, 'request', 'outputCapField'],
      message: `${model.model} is a reasoning model: the API rejects max_tokens and wants max_completion_tokens; remove request.outputCapField`,
    });
  }
  if (
    !reasoning &&
    model.request.reasoningEffort !== undefined &&
    /^gpt-[34]/i.test(model.model.split('/').pop() ?? '')
  ) {
    issues.push({
      path: ['models', id, 'request', 'reasoningEffort'],
      message: `${model.model} is not a reasoning model: the API rejects reasoning_effort; remove request.reasoningEffort`,
    });
  }
  return issues;
}

/**
 * The config field behind a request parameter a server refused, for the error that names it
 * (`temperature` → `request.temperature`). Undefined for parameters no profile field sets.
 */
export function profileFieldOf(param: string | undefined | null): string | undefined {
  if (!param) return undefined;
  if (param === 'temperature' || param === 'top_p') return 'request.temperature';
  if (param === 'max_tokens' || param === 'max_completion_tokens') return 'request.outputCapField';
  if (param === 'num_predict') return 'request.maxOutputTokens';
  if (param === 'reasoning_effort') return 'request.reasoningEffort';
  if (param === 'num_ctx') return 'request.contextWindow';
  return undefined;
}
