/**
 * The model port. The core talks to every model (Ollama, OpenAI-compatible, scripted) through
 * this one interface; adapters own the wire. Versioned so that a later change of contract is
 * explicit: an adapter declares the version it implements.
 */

import { ModelError } from '../core/errors.js';

export const MODEL_SPEC_VERSION = 'aios-model-v1' as const;

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface ChatTimeouts {
  /** Until the server accepts the request and starts answering. */
  readonly connectMs: number;
  /** Until the first token (a cold model load counts here). */
  readonly firstTokenMs: number;
  /** For the whole call. */
  readonly totalMs: number;
}

export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  /** JSON Schema the answer must follow (structured output). */
  readonly schema: Record<string, unknown>;
  readonly schemaName: string;
  readonly timeouts: ChatTimeouts;
  /** Which persona and attempt this is: the scripted provider answers by these. */
  readonly persona: string;
  readonly attempt: number;
  readonly purpose: 'work' | 'repair' | 'review' | 'classify';
  readonly signal?: AbortSignal | undefined;
  /** Called as output arrives, with the number of characters so far (progress display). */
  readonly onProgress?: ((chars: number) => void) | undefined;
  /**
   * The context budget of the task in tokens (`context.maxTokens`): Ollama sizes its window
   * (`num_ctx`) from it. Undefined: sized from the prompt.
   */
  readonly contextTokens?: number | undefined;
}

export interface ChatUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cachedInputTokens: number;
}

export interface ChatResult {
  readonly text: string;
  readonly usage: ChatUsage;
  readonly durationMs: number;
  /** The model name the server says answered (may differ from the one asked, e.g. a dated alias). */
  readonly model: string;
  /** The answer stopped at the output cap (`finish_reason` / `done_reason` `length`). */
  readonly truncated?: boolean | undefined;
}

export type ProviderKind = 'ollama' | 'openai' | 'scripted';

/** One configured model behind one provider. */
export interface ModelProvider {
  readonly specificationVersion: typeof MODEL_SPEC_VERSION;
  readonly provider: ProviderKind;
  /** The config id of the model (`local-llama`). */
  readonly modelId: string;
  /** The provider-side name (`llama3.1:8b`). */
  readonly model: string;
  /**
   * Where the calls go (a base URL; `scripted` for the script): circuit breakers are keyed by it,
   * so a dead server is left alone by every model behind it.
   */
  readonly endpoint: string;
  /**
   * The output cap every call sends (`max_completion_tokens`, `num_predict`), which is also what
   * the budget guard prices a call's output at. Undefined: the call is not capped (scripted).
   */
  readonly maxOutputTokens?: number | undefined;
  /**
   * One call. Throws ModelError with an errorClass and retryability; never retries by itself
   * (the one retry layer sits above the providers).
   */
  chat(request: ChatRequest): Promise<ChatResult>;
}

/**
 * A model that cannot be called here (its API key is not set): thrown when the provider is
 * built, so the gateway skips the model, records a skipped attempt and falls back.
 */
export class ModelUnavailable extends ModelError {
  constructor(
    message: string,
    readonly provider: ProviderKind,
    readonly model: string,
    hint: string,
  ) {
    super(message, { errorClass: 'unavailable' }, { retryable: false, hint });
  }
}
