import { BudgetError, ModelError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import { personaAnswerJsonSchema, type PersonaAnswer } from '../core/persona-answer.js';
import type { Usage } from '../core/ledger-entry.js';
import {
  ModelUnavailable,
  type ChatMessage,
  type ChatTimeouts,
  type ModelProvider,
} from './model-provider.js';
import { parseAnswer } from './parse-answer.js';
import { backoffDelayMs } from './retry-policy.js';
import { CircuitBreakerRegistry } from './circuit-breaker.js';

/** One model call as it happened: what the ledger's `attempt` entry records. */
export interface CallRecord {
  readonly modelId: string;
  readonly provider: ModelProvider['provider'];
  readonly model: string;
  /** `shadow` is set by the shadow run when it records the call (pipeline/shadow-run.ts). */
  readonly purpose: 'work' | 'repair' | 'classify' | 'shadow';
  readonly attempt: number;
  readonly call: number;
  readonly usage: Usage;
  /**
   * `skipped`: the model could not be called (its key is not set), so no request went out;
   * `cancelled`: a signal (SIGINT, SIGTERM, the caller) stopped the call.
   */
  readonly outcome: 'ok' | 'invalid-answer' | 'error' | 'skipped' | 'cancelled';
  readonly errorClass?: string | undefined;
  readonly error?: string | undefined;
  readonly raw?: string | undefined;
  readonly answer?: PersonaAnswer | undefined;
  readonly answerHash?: string | undefined;
  /** Characters of the messages sent (what the token estimate is corrected against). */
  readonly promptChars?: number | undefined;
  /** A repair call's turns added to the request's messages (kept so its prompt can be rebuilt). */
  readonly added?: readonly ChatMessage[] | undefined;
}

export interface GatewayOptions {
  /**
   * The providers: a map, or a function that builds one when the gateway first needs that model
   * (a ModelError of class `unavailable` from it skips the model, as an open circuit does).
   */
  readonly providers:
    ReadonlyMap<string, ModelProvider> | ((modelId: string) => Promise<ModelProvider>);
  readonly retry?: { readonly maxRetries: number; readonly baseMs: number; readonly maxMs: number };
  readonly sleep?: (ms: number) => Promise<void>;
  readonly breakers?: CircuitBreakerRegistry;
  /**
   * Budget guard, asked before every call with the model and the prompt's size in characters
   * (what the call's worst-case cost is estimated from); throws BudgetError to stop the call.
   */
  readonly beforeCall?: (modelId: string, promptChars: number) => void | Promise<void>;
  /** Every call, successful or not, is reported exactly once. */
  readonly onCall: (record: CallRecord) => Promise<void>;
}

export interface AnswerRequest {
  readonly messages: readonly ChatMessage[];
  readonly persona: string;
  readonly attempt: number;
  /** The tier's models in fallback order. */
  readonly models: readonly string[];
  readonly timeouts: ChatTimeouts;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((modelId: string, chars: number) => void) | undefined;
  /** Called before the first call on each model, so progress names the model actually called. */
  readonly onModelStart?: ((modelId: string) => void) | undefined;
  /** The task's context budget in tokens, for providers that size a window from it (Ollama). */
  readonly contextTokens?: number | undefined;
  /** What the call is for, as recorded: the work (default), or classifying the task. */
  readonly purpose?: 'work' | 'classify' | undefined;
}

/** How much of a broken answer the repair call shows the model again. */
export const REPAIR_EXCERPT_CHARS = 4_000;

/**
 * A bounded excerpt of a broken answer for the repair call: its start and end, with the middle
 * left out and counted, so a huge answer is not sent (and paid for) a second time.
 */
export function repairExcerpt(raw: string, max = REPAIR_EXCERPT_CHARS): string {
  if (raw.length <= max) return raw;
  const head = Math.floor(max * 0.75);
  const tail = max - head;
  return `${raw.slice(0, head)}\n[… ${raw.length - head - tail} characters left out …]\n${raw.slice(raw.length - tail)}`;
}

const SCHEMA_NAME = 'persona_answer';

/**
 * The one retry layer. For one attempt at the work: try the tier's models in order; on each,
 * retry retryable failures with capped, jittered backoff (honouring Retry-After); skip a model
 * whose circuit is open; give an answer that breaks the contract one repair call with the
 * validation error. Every call is reported through `onCall`, so the ledger has one entry per call.
 */
export class ModelGateway {
  private calls = 0;
  private readonly schema = personaAnswerJsonSchema();
  private readonly breakers: CircuitBreakerRegistry;

  constructor(private readonly options: GatewayOptions) {
    this.breakers =
      options.breakers ?? new CircuitBreakerRegistry({ failureThreshold: 3, openMs: 30_000 });
  }

  get callCount(): number {
    return this.calls;
  }

  async answer(request: AnswerRequest): Promise<{ answer: PersonaAnswer; modelId: string }> {
    const retry = this.options.retry ?? { maxRetries: 2, baseMs: 500, maxMs: 8_000 };
    const sleep =
      this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    let lastError: unknown = new ModelError('no model is configured for this tier', {
      errorClass: 'not-found',
    });
    // Why each model did not answer, for the failure that names them all.
    const why: string[] = [];
    const note = (modelId: string, error: unknown) => {
      lastError = error;
      why.push(`${modelId}: ${error instanceof Error ? error.message : String(error)}`);
    };

    for (const modelId of request.models) {
      const provider = await this.provider(modelId, request);
      if (provider instanceof ModelError) {
        note(modelId, provider);
        continue;
      }
      // Keyed by endpoint (base URL), as docs/models.md says: a dead server is left alone by
      // every model behind it.
      const breaker = this.breakers.get(`${provider.provider} ${provider.endpoint}`);
      let started = false;
      for (let retryIndex = 0; retryIndex <= retry.maxRetries; retryIndex++) {
        if (!breaker.canRequest()) {
          note(
            modelId,
            new ModelError(
              `circuit open for ${provider.endpoint} after repeated failures`,
              { errorClass: 'circuit-open' },
              { retryable: true },
            ),
          );
          break; // fall back to the next model without calling this one
        }
        if (!started) {
          started = true;
          request.onModelStart?.(modelId);
        }
        try {
          const answer = await this.callOnce(
            provider,
            request,
            request.messages,
            request.purpose ?? 'work',
          );
          breaker.recordSuccess();
          if (answer.ok) return { answer: answer.answer, modelId };
          // One repair: show the model what was wrong, with a bounded excerpt of its answer.
          const repair: ChatMessage[] = [
            ...request.messages,
            { role: 'assistant', content: repairExcerpt(answer.raw) },
            {
              role: 'user',
              content: answer.truncated
                ? `Your answer was cut off: ${answer.problem}. Answer again, shorter (a brief summary, only the files that change), with only the JSON object, following the schema exactly.`
                : `Your answer broke the required format: ${answer.problem}. Answer again with only the JSON object, following the schema exactly.`,
            },
          ];
          const repaired = await this.callOnce(provider, request, repair, 'repair');
          if (repaired.ok) return { answer: repaired.answer, modelId };
          throw new ModelError(
            `${modelId} twice returned an answer that breaks the contract: ${repaired.problem}`,
            {
              errorClass: 'invalid-answer',
              raw: repaired.raw,
            },
          );
        } catch (error) {
          if (error instanceof BudgetError) throw error;
          if (!(error instanceof ModelError)) throw error;
          if (error.errorClass === 'cancelled' || error.errorClass === 'invalid-answer')
            throw error;
          if (!error.retryable) {
            note(modelId, error);
            break; // e.g. model not found: the next model may serve
          }
          lastError = error;
          if (retryIndex === retry.maxRetries) note(modelId, error);
          breaker.recordFailure();
          if (retryIndex < retry.maxRetries) {
            await sleep(
              backoffDelayMs(retryIndex + 1, {
                baseMs: retry.baseMs,
                maxMs: retry.maxMs,
                retryAfterMs: error.retryAfterMs,
              }),
            );
          }
        }
      }
    }
    throw this.noModel(lastError, why);
  }

  /** The provider for a model, or the reason it cannot be called (recorded as a skipped attempt). */
  private async provider(
    modelId: string,
    request: AnswerRequest,
  ): Promise<ModelProvider | ModelError> {
    const { providers } = this.options;
    if (typeof providers !== 'function') {
      return (
        providers.get(modelId) ??
        new ModelError(`model ${modelId} has no provider`, { errorClass: 'not-found' })
      );
    }
    try {
      return await providers(modelId);
    } catch (error) {
      if (!(error instanceof ModelUnavailable)) throw error;
      await this.options.onCall({
        modelId,
        provider: error.provider,
        model: error.model,
        purpose: 'work',
        attempt: request.attempt,
        call: ++this.calls,
        usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, durationMs: 0 },
        outcome: 'skipped',
        errorClass: error.errorClass,
        error: error.message,
      });
      return error;
    }
  }

  /**
   * The failure when no model answered: the last error as it was when only one model was tried,
   * else one that names each model and why, keeping the last error's class and hint.
   */
  private noModel(lastError: unknown, why: readonly string[]): unknown {
    if (why.length < 2 || !(lastError instanceof ModelError)) return lastError;
    return new ModelError(
      `no model of the tier could do the work: ${why.join('; ')}`,
      {
        errorClass: lastError.errorClass,
        status: lastError.status,
        retryAfterMs: lastError.retryAfterMs,
      },
      { cause: lastError, retryable: false, hint: lastError.hint },
    );
  }

  private async callOnce(
    provider: ModelProvider,
    request: AnswerRequest,
    messages: readonly ChatMessage[],
    purpose: 'work' | 'repair' | 'classify',
  ): Promise<
    | { ok: true; answer: PersonaAnswer; raw: string }
    | { ok: false; problem: string; raw: string; truncated: boolean }
  > {
    const promptChars = messages.reduce((chars, m) => chars + m.content.length, 0);
    await this.options.beforeCall?.(provider.modelId, promptChars);
    const call = ++this.calls;
    const started = performance.now();
    const base = {
      modelId: provider.modelId,
      provider: provider.provider,
      model: provider.model,
      purpose,
      attempt: request.attempt,
      call,
      promptChars,
      ...(messages.length > request.messages.length
        ? { added: messages.slice(request.messages.length) }
        : {}),
    };
    try {
      const result = await provider.chat({
        messages,
        schema: this.schema,
        schemaName: SCHEMA_NAME,
        timeouts: request.timeouts,
        persona: request.persona,
        attempt: request.attempt,
        purpose,
        signal: request.signal,
        contextTokens: request.contextTokens,
        onProgress: request.onProgress
          ? (chars) => request.onProgress?.(provider.modelId, chars)
          : undefined,
      });
      const usage: Usage = {
        ...result.usage,
        durationMs: Math.max(0, Math.round(result.durationMs)),
      };
      if (result.truncated) {
        // Cut off at the output cap: whatever parses is not the whole answer. Handled as a
        // broken answer (one repair), recorded as truncated.
        const problem = `the answer was cut off at the output cap of ${provider.maxOutputTokens ?? 'the server’s'} tokens (finish reason: length)`;
        await this.options.onCall({
          ...base,
          usage,
          outcome: 'invalid-answer',
          errorClass: 'truncated',
          error: problem,
          raw: result.text.slice(0, 20_000),
        });
        return { ok: false, problem, raw: result.text, truncated: true };
      }
      const parsed = parseAnswer(result.text);
      if (parsed.ok) {
        await this.options.onCall({
          ...base,
          model: result.model || provider.model,
          usage,
          outcome: 'ok',
          answer: parsed.answer,
          answerHash: sha256(result.text),
        });
        return { ok: true, answer: parsed.answer, raw: result.text };
      }
      await this.options.onCall({
        ...base,
        usage,
        outcome: 'invalid-answer',
        errorClass: 'invalid-answer',
        error: parsed.problem,
        raw: result.text.slice(0, 20_000),
      });
      return { ok: false, problem: parsed.problem, raw: result.text, truncated: false };
    } catch (error) {
      const durationMs = Math.round(performance.now() - started);
      const me =
        error instanceof ModelError
          ? error
          : new ModelError(
              `unexpected failure calling ${provider.modelId}: ${String(error)}`,
              { errorClass: 'server' },
              { cause: error },
            );
      await this.options.onCall({
        ...base,
        usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, durationMs },
        outcome: me.errorClass === 'cancelled' ? 'cancelled' : 'error',
        errorClass: me.errorClass,
        error: me.message,
      });
      throw me;
    }
  }
}
