/**
 * The model port. The core talks to every model (Ollama, OpenAI-compatible, scripted) through
 * this one interface; adapters own the wire. Versioned so that a later change of contract is
 * explicit: an adapter declares the version it implements.
 */

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
  readonly purpose: 'work' | 'repair' | 'review';
  readonly signal?: AbortSignal | undefined;
  /** Called as output arrives, with the number of characters so far (progress display). */
  readonly onProgress?: ((chars: number) => void) | undefined;
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
   * One call. Throws ModelError with an errorClass and retryability; never retries by itself
   * (the one retry layer sits above the providers).
   */
  chat(request: ChatRequest): Promise<ChatResult>;
}
