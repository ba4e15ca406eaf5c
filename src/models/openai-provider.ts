/**
 * The OpenAI-compatible adapter (OpenAI, GitHub Models, Azure-style gateways, local servers with
 * a /chat/completions endpoint) through the official `openai` client. Streams, so progress shows
 * and first-token and total deadlines hold; asks for strict JSON Schema output. The client's own
 * retries are off: one retry layer sits above the providers, and a second one hidden in here
 * would multiply attempts and blur the ledger.
 */
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { requestProfile, profileFieldOf, type RequestProfile } from '../config/request-profile.js';
import { ModelError, type ModelErrorClass } from '../core/errors.js';
import {
  answerCharCap,
  bodyByteCap,
  bodyTooLarge,
  capResponseBody,
  tooLargeError,
} from './answer-cap.js';
import { CallDeadline, stopError } from './call-deadline.js';
import { networkCode, TIMEOUT_CODES } from './network-error.js';
import {
  MODEL_SPEC_VERSION,
  type ChatRequest,
  type ChatResult,
  type ModelProvider,
} from './model-provider.js';
import { parseRetryAfterMs } from './retry-policy.js';

/** OpenAI's own endpoint, used when the config names no baseUrl. */
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

export interface OpenAiProviderOptions {
  /** The config id of the model (`gpt-mini`). */
  readonly modelId: string;
  /** The provider-side model name (`gpt-4.1-mini`, `openai/gpt-4.1` on GitHub Models). */
  readonly model: string;
  /** e.g. https://models.github.ai/inference; defaults to OpenAI. */
  readonly baseUrl?: string | undefined;
  /** The key itself. Never logged, never put in an error. */
  readonly apiKey: string;
  /** The environment variable the key came from, named in hints (`OPENAI_API_KEY`). */
  readonly apiKeyEnv?: string | undefined;
  /** Transport override (tests, proxies). Defaults to the global fetch. */
  readonly fetch?: typeof fetch | undefined;
  /** What each call sends besides the prompt; defaults to `requestProfile` for the model. */
  readonly profile?: RequestProfile | undefined;
}

/** What to do when an Azure-hosted model's content filter (GitHub Models') withholds an answer or refuses a prompt. */
const CONTENT_FILTER_HINT =
  'The provider filtered the request or its answer (an Azure content filter, as GitHub Models applies): the next model of the tier is tried; rephrase the task or route it to a model without that filter.';

/** A ModelProvider that talks to an OpenAI-compatible /chat/completions endpoint. */
export function createOpenAiProvider(options: OpenAiProviderOptions): ModelProvider {
  const baseUrl = (options.baseUrl ?? DEFAULT_OPENAI_BASE_URL).replace(/\/+$/, '');
  const keyEnv = options.apiKeyEnv ?? 'OPENAI_API_KEY';
  const where = `model ${options.model} at ${baseUrl}`;
  const apiKey = options.apiKey;
  const profile = options.profile ?? requestProfile({ provider: 'openai', model: options.model });
  const maxOutputTokens = profile.maxOutputTokens;
  const charCap = answerCharCap(maxOutputTokens);
  // The client refuses an empty key at construction, so with no key it is never built (the call
  // reports it). With a key it is built now, with the provider, which the gateway creates just
  // before the first call: its set-up then never counts against that call's connect deadline.
  let client: OpenAI | undefined;
  const getClient = (): OpenAI =>
    (client ??= new OpenAI({
      apiKey,
      baseURL: baseUrl,
      maxRetries: 0,
      // Explicit nulls stop the client reading OPENAI_ORG_ID / OPENAI_PROJECT_ID / OPENAI_ADMIN_KEY
      // from the environment and sending them to a server that is not OpenAI.
      organization: null,
      project: null,
      adminAPIKey: null,
      // We report every failure through ModelError; the client's console logging would be noise.
      logLevel: 'off',
      // Every response body is byte-capped, so even one enormous SSE line cannot balloon memory.
      fetch: capResponseBody(
        options.fetch ?? globalThis.fetch,
        bodyByteCap(maxOutputTokens, 'openai'),
      ),
    }));

  if (apiKey.trim() !== '') getClient();

  async function chat(request: ChatRequest): Promise<ChatResult> {
    const started = performance.now();
    if (apiKey.trim() === '') {
      throw new ModelError(
        `${where}: no API key`,
        { errorClass: 'auth' },
        { retryable: false, hint: `Set ${keyEnv} to the API key for ${baseUrl}.` },
      );
    }
    const deadline = new CallDeadline(request.signal);
    if (deadline.stop) throw stopError(deadline.stop, where);
    const { connectMs, firstTokenMs, totalMs } = request.timeouts;
    // Hosted APIs send the headers of a stream as soon as they accept the request, so connectMs
    // bounds the wait for headers; the first token may take longer (queueing, reasoning).
    deadline.arm('connect', connectMs);
    deadline.arm('first-token', firstTokenMs);
    deadline.arm('total', totalMs);

    const redact = (text: string) => redactKey(text, apiKey);
    let text = '';
    let refusal = '';
    let model = options.model;
    let finishReason: string | undefined;
    let usage: ChatCompletionChunk['usage'];
    let chunks = 0;
    // Checked per chunk only until the first output arrives; after that the timer is gone.
    let awaitingFirstToken = true;
    let oversize = false;
    try {
      const stream = await getClient().chat.completions.create(
        {
          model: options.model,
          messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
          stream: true,
          stream_options: { include_usage: true },
          // The request profile: reasoning models get no temperature (only the default is
          // accepted), every call an output cap the budget guard priced.
          ...(profile.temperature === undefined ? {} : { temperature: profile.temperature }),
          [profile.outputCapField ?? 'max_completion_tokens']: maxOutputTokens,
          ...(profile.reasoningEffort === undefined
            ? {}
            : { reasoning_effort: profile.reasoningEffort }),
          response_format: {
            type: 'json_schema',
            json_schema: {
              name: schemaName(request.schemaName),
              schema: request.schema,
              strict: true,
            },
          },
        },
        // The client's timeout only covers the wait for headers of a stream; ours cover the rest.
        { signal: deadline.signal, timeout: totalMs, maxRetries: 0 },
      );
      deadline.disarm('connect');
      for await (const chunk of stream) {
        chunks += 1;
        if (chunk.model) model = chunk.model;
        if (chunk.usage) usage = chunk.usage;
        const choice = chunk.choices?.[0];
        if (!choice) continue;
        const delta = choice.delta ?? {};
        if (awaitingFirstToken && hasOutput(delta)) {
          deadline.disarm('first-token');
          awaitingFirstToken = false;
        }
        if (delta.content) {
          if (text.length + delta.content.length > charCap) {
            oversize = true;
            deadline.abandon();
            throw tooLargeError(where, 'characters', charCap);
          }
          text += delta.content;
          reportProgress(request, text.length);
        }
        if (delta.refusal) refusal += delta.refusal;
        if (choice.finish_reason) finishReason = choice.finish_reason;
      }
    } catch (error) {
      if (oversize && error instanceof ModelError) throw error;
      const tooBig = bodyTooLarge(error);
      if (tooBig) throw tooLargeError(where, 'bytes of response', tooBig.cap);
      throw deadline.stop
        ? stopError(deadline.stop, where, error)
        : mapOpenAiError(error, {
            where,
            baseUrl,
            keyEnv,
            model: options.model,
            modelId: options.modelId,
            streaming: chunks > 0,
            redact,
          });
    } finally {
      deadline.dispose();
    }
    // The client ends a stream quietly when its signal aborts, so a deadline shows up here.
    if (deadline.stop) throw stopError(deadline.stop, where);
    if (finishReason === undefined) {
      throw new ModelError(
        `${where}: the answer stream ended before it finished (no finish_reason)`,
        { errorClass: 'connection' },
        { retryable: true },
      );
    }
    if (finishReason === 'content_filter') {
      // Text that came before the filter stopped it is part of no answer: never shipped.
      throw new ModelError(
        `${where}: the provider's content filter withheld the answer${text ? ' part-way' : ''} (finish_reason content_filter)`,
        { errorClass: 'content-filtered', raw: text },
        {
          retryable: false,
          hint: CONTENT_FILTER_HINT,
        },
      );
    }
    if (refusal !== '' && text === '') {
      throw new ModelError(
        `${where}: the model refused to answer: ${redact(refusal)}`,
        { errorClass: 'invalid-answer', raw: refusal },
        {
          retryable: false,
          hint: 'The model declined the request; rephrase the task or route it to another model.',
        },
      );
    }
    return {
      text,
      usage: {
        inputTokens: usage?.prompt_tokens ?? 0,
        outputTokens: usage?.completion_tokens ?? 0,
        cachedInputTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
      },
      durationMs: Math.round(performance.now() - started),
      model,
      truncated: finishReason === 'length',
    };
  }

  return {
    specificationVersion: MODEL_SPEC_VERSION,
    provider: 'openai',
    modelId: options.modelId,
    model: options.model,
    endpoint: baseUrl,
    maxOutputTokens,
    chat,
  };
}

/** OpenAI accepts schema names matching ^[a-zA-Z0-9_-]{1,64}$ and rejects the call otherwise. */
export function schemaName(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
  return cleaned === '' ? 'answer' : cleaned;
}

/** Whether a delta carries model output (the first chunk of a stream often has only the role). */
function hasOutput(delta: ChatCompletionChunk.Choice.Delta): boolean {
  for (const [key, value] of Object.entries(delta)) {
    if (key === 'role' || value === null || value === undefined) continue;
    if (typeof value === 'string' ? value !== '' : true) return true;
  }
  return false;
}

function reportProgress(request: ChatRequest, chars: number): void {
  try {
    request.onProgress?.(chars);
  } catch {
    // A progress display must never fail a model call that is otherwise going fine.
  }
}

function redactKey(text: string, key: string): string {
  // Servers sometimes echo what they were given; keys shorter than 8 would over-redact prose.
  return key.length >= 8 ? text.split(key).join('[redacted]') : text;
}

interface MapContext {
  readonly where: string;
  readonly baseUrl: string;
  readonly keyEnv: string;
  readonly model: string;
  readonly modelId: string;
  readonly streaming: boolean;
  readonly redact: (text: string) => string;
}

function mapOpenAiError(error: unknown, ctx: MapContext): ModelError {
  const { where, redact } = ctx;
  const fail = (
    errorClass: ModelErrorClass,
    message: string,
    retryable: boolean,
    extra: {
      status?: number | undefined;
      retryAfterMs?: number | undefined;
      hint?: string;
      cause?: unknown;
    } = {},
  ) =>
    new ModelError(
      `${where}: ${redact(message)}`,
      { errorClass, status: extra.status, retryAfterMs: extra.retryAfterMs },
      { cause: extra.cause, retryable, hint: extra.hint },
    );

  if (error instanceof APIConnectionTimeoutError) {
    return fail('timeout', 'no response before the client timeout', true, { cause: error });
  }
  if (error instanceof APIUserAbortError) {
    return fail('cancelled', 'call aborted', false, { cause: error });
  }
  if (error instanceof APIConnectionError) {
    const code = networkCode(error);
    if (code !== undefined && TIMEOUT_CODES.has(code)) {
      return fail('timeout', `transport timed out (${code})`, true, { cause: error });
    }
    return fail('connection', `cannot connect${code ? ` (${code})` : ''}`, true, {
      cause: error,
      hint: `Check that ${ctx.baseUrl} is the right base URL and reachable from here.`,
    });
  }
  if (error instanceof APIError) {
    // The APIError carries the response body and headers; we keep what matters in the message and
    // leave it out as a cause, since a server may echo request data (the key) in its body.
    const status = error.status;
    const detail = apiDetail(error);
    if (status === undefined) {
      // An `{"error": ...}` event inside the stream: the server failed mid-answer.
      return fail('server', `error during the answer: ${detail}`, true);
    }
    const retryAfterMs = parseRetryAfterMs(error.headers, Date.now());
    const override = shouldRetryHeader(error.headers);
    const base = { status, retryAfterMs };
    if (status === 429) {
      if (error.code === 'insufficient_quota') {
        return fail('rate-limited', `out of quota (${status}: ${detail})`, false, {
          ...base,
          hint: 'The account behind this key has no credit or quota left; waiting will not help.',
        });
      }
      return fail('rate-limited', `rate limited (${status}: ${detail})`, override ?? true, base);
    }
    if (status === 401 || status === 403) {
      return fail('auth', `not authorised (${status}: ${detail})`, false, {
        ...base,
        hint: `Check ${ctx.keyEnv}: it must hold a valid key for ${ctx.baseUrl} with access to ${ctx.model}.`,
      });
    }
    if (status === 404) {
      return fail('not-found', `not found (${status}: ${detail})`, false, {
        ...base,
        hint: `Check the model name "${ctx.model}" and the base URL ${ctx.baseUrl}.`,
      });
    }
    if (status === 503 || status === 529) {
      return fail('overloaded', `server overloaded (${status}: ${detail})`, override ?? true, base);
    }
    if (status === 408 || status === 409 || status >= 500) {
      return fail('server', `server error (${status}: ${detail})`, override ?? true, base);
    }
    const param = typeof error.param === 'string' ? error.param : undefined;
    if (
      status === 400 &&
      (error.code === 'unsupported_parameter' || error.code === 'unsupported_value')
    ) {
      // A request profile the model does not take: a configuration error, named by field.
      const field = profileFieldOf(param);
      const configPath = `models.${ctx.modelId}.${field ?? 'request'}`;
      return fail(
        'unsupported-parameter',
        `configuration error: ${ctx.model} does not accept \`${param ?? 'a parameter'}\` as sent (${status}: ${detail}); fix ${configPath} in the config`,
        false,
        {
          ...base,
          hint: field
            ? field === 'request.outputCapField'
              ? `Set ${configPath} for model ${ctx.modelId} to the field this server takes (max_tokens for older compatible servers; reasoning models need max_completion_tokens).`
              : `Set or remove ${configPath} for model ${ctx.modelId}: reasoning models (gpt-5, o-series) take no temperature and need max_completion_tokens.`
            : `Model ${ctx.modelId} (${ctx.model}) rejects the parameter ${param ?? '(unnamed)'}; check that the model supports structured output and streaming.`,
        },
      );
    }
    if (status === 400 && error.code === 'content_filter') {
      // Azure's filter on the prompt (GitHub Models runs on Azure): another model may serve.
      return fail(
        'content-filtered',
        `the provider's content filter refused the prompt (${status}: ${detail})`,
        false,
        {
          ...base,
          hint: CONTENT_FILTER_HINT,
        },
      );
    }
    return fail('bad-request', `request refused (${status}: ${detail})`, override ?? false, {
      ...base,
      hint: 'The server rejected the request itself (parameters, schema, or a model that does not support them).',
    });
  }
  if (error instanceof SyntaxError) {
    return fail('server', `the server sent malformed JSON (${error.message})`, true, {
      cause: error,
    });
  }
  const code = networkCode(error);
  if (code !== undefined || (error instanceof TypeError && error.message === 'terminated')) {
    return ctx.streaming
      ? fail('connection', `the connection dropped mid-answer${code ? ` (${code})` : ''}`, true, {
          cause: error,
        })
      : fail('connection', `the connection dropped${code ? ` (${code})` : ''}`, true, {
          cause: error,
        });
  }
  return fail(
    'server',
    `unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
    false,
    {
      cause: error,
    },
  );
}

/** The server's words: its error message plus type and code when given. */
function apiDetail(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : error.message;
  const tags = [error.type, error.code].filter(
    (t): t is string => typeof t === 'string' && t !== '',
  );
  return tags.length > 0 ? `${message} [${tags.join(', ')}]` : message;
}

/** OpenAI's `x-should-retry` header, when the server states retryability outright. */
function shouldRetryHeader(headers: Headers | undefined): boolean | undefined {
  const value = headers?.get('x-should-retry');
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}
