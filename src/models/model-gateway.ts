import { BudgetError, ModelError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import { personaAnswerJsonSchema, type PersonaAnswer } from '../core/persona-answer.js';
import type { Usage } from '../core/ledger-entry.js';
import type { ChatMessage, ChatTimeouts, ModelProvider } from './model-provider.js';
import { parseAnswer } from './parse-answer.js';
import { backoffDelayMs } from './retry-policy.js';
import { CircuitBreakerRegistry } from './circuit-breaker.js';

/** One model call as it happened: what the ledger's `attempt` entry records. */
export interface CallRecord {
  readonly modelId: string;
  readonly provider: ModelProvider['provider'];
  readonly model: string;
  readonly purpose: 'work' | 'repair';
  readonly attempt: number;
  readonly call: number;
  readonly usage: Usage;
  readonly outcome: 'ok' | 'invalid-answer' | 'error';
  readonly errorClass?: string | undefined;
  readonly error?: string | undefined;
  readonly raw?: string | undefined;
  readonly answer?: PersonaAnswer | undefined;
  readonly answerHash?: string | undefined;
}

export interface GatewayOptions {
  readonly providers: ReadonlyMap<string, ModelProvider>;
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

    for (const modelId of request.models) {
      const provider = this.options.providers.get(modelId);
      if (!provider) {
        lastError = new ModelError(`model ${modelId} has no provider`, { errorClass: 'not-found' });
        continue;
      }
      const endpoint = `${provider.provider}:${modelId}`;
      const breaker = this.breakers.get(endpoint);
      for (let retryIndex = 0; retryIndex <= retry.maxRetries; retryIndex++) {
        if (!breaker.canRequest()) {
          lastError = new ModelError(
            `circuit open for ${modelId} after repeated failures`,
            { errorClass: 'circuit-open' },
            { retryable: true },
          );
          break; // fall back to the next model without calling this one
        }
        try {
          const answer = await this.callOnce(provider, request, request.messages, 'work');
          breaker.recordSuccess();
          if (answer.ok) return { answer: answer.answer, modelId };
          // One repair: show the model its answer and what was wrong with it.
          const repair: ChatMessage[] = [
            ...request.messages,
            { role: 'assistant', content: answer.raw },
            {
              role: 'user',
              content: `Your answer broke the required format: ${answer.problem}. Answer again with only the JSON object, following the schema exactly.`,
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
          lastError = error;
          if (error.errorClass === 'cancelled' || error.errorClass === 'invalid-answer')
            throw error;
          if (!error.retryable) break; // e.g. model not found: the next model may serve
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
    throw lastError;
  }

  private async callOnce(
    provider: ModelProvider,
    request: AnswerRequest,
    messages: readonly ChatMessage[],
    purpose: 'work' | 'repair',
  ): Promise<
    { ok: true; answer: PersonaAnswer; raw: string } | { ok: false; problem: string; raw: string }
  > {
    await this.options.beforeCall?.(
      provider.modelId,
      messages.reduce((chars, m) => chars + m.content.length, 0),
    );
    const call = ++this.calls;
    const started = performance.now();
    const base = {
      modelId: provider.modelId,
      provider: provider.provider,
      model: provider.model,
      purpose,
      attempt: request.attempt,
      call,
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
        onProgress: request.onProgress
          ? (chars) => request.onProgress?.(provider.modelId, chars)
          : undefined,
      });
      const usage: Usage = {
        ...result.usage,
        durationMs: Math.max(0, Math.round(result.durationMs)),
      };
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
      return { ok: false, problem: parsed.problem, raw: result.text };
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
        outcome: 'error',
        errorClass: me.errorClass,
        error: me.message,
      });
      throw me;
    }
  }
}
