/**
 * The Ollama adapter: one chat call to a local (or remote) Ollama server through the official
 * `ollama` client, streamed so that progress shows and a first-token deadline can be enforced.
 * Structured output goes through Ollama's `format` (a JSON Schema). Never retries: it throws a
 * ModelError that says whether a retry could help, and the retry layer above decides.
 */
import { Ollama, type ChatResponse } from 'ollama';
import { requestProfile, type RequestProfile } from '../config/request-profile.js';
import { ModelError, type ModelErrorClass } from '../core/errors.js';
import {
  answerCharCap,
  bodyByteCap,
  bodyTooLarge,
  capResponseBody,
  tooLargeError,
} from './answer-cap.js';
import { grammarSchema } from './ollama-format.js';
import { parseRetryAfterMs } from './retry-policy.js';
import { CallDeadline, stopError } from './call-deadline.js';
import { networkCode, TIMEOUT_CODES } from './network-error.js';
import {
  MODEL_SPEC_VERSION,
  type ChatRequest,
  type ChatResult,
  type ModelProvider,
} from './model-provider.js';

/** Where Ollama listens when neither the config nor OLLAMA_HOST says otherwise. */
/** Ollama loads a model on its first call: that wait counts toward the first token. */
const COLD_LOAD_HINT =
  'A cold model load counts toward firstTokenMs; raise it for large models or slow disks.';

export const DEFAULT_OLLAMA_HOST = 'http://127.0.0.1:11434';

/**
 * Tokens of the window kept for what the prompt holds besides the gathered context (the
 * persona's instructions, the task, findings sent back, the answer format).
 */
export const PROMPT_OVERHEAD_TOKENS = 4_096;
/** Characters per token assumed when checking a prompt fits: dense, so the check errs safe. */
const CHARS_PER_TOKEN = 3;

/**
 * The window (`num_ctx`) a call uses: the entry's `request.contextWindow`, else room for the
 * context budget (counted at 4 characters a token by gather-context, here at 3) plus the prompt
 * overhead plus the output cap, rounded up to a multiple of 1,024. Without a context budget the
 * window is sized to this prompt.
 */
export function ollamaWindow(
  profile: Pick<RequestProfile, 'contextWindow' | 'maxOutputTokens'>,
  contextTokens: number | undefined,
  promptTokens: number,
): number {
  if (profile.contextWindow !== undefined) return profile.contextWindow;
  const input =
    contextTokens === undefined
      ? promptTokens
      : Math.ceil((contextTokens * 4) / CHARS_PER_TOKEN) + PROMPT_OVERHEAD_TOKENS;
  return Math.ceil((input + profile.maxOutputTokens) / 1024) * 1024;
}

export interface OllamaProviderOptions {
  /** The config id of the model (`local-llama`). */
  readonly modelId: string;
  /** The Ollama model name (`llama3.1:8b`). */
  readonly model: string;
  /** Base URL; defaults to OLLAMA_HOST, then http://127.0.0.1:11434. */
  readonly host?: string | undefined;
  /** How long Ollama keeps the model loaded after the call (`10m`); server default when unset. */
  readonly keepAlive?: string | undefined;
  /** Transport override (tests, proxies). Defaults to the global fetch. */
  readonly fetch?: typeof fetch | undefined;
  /** Where OLLAMA_HOST is read from; defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** What each call sends besides the prompt; defaults to `requestProfile` for the model. */
  readonly profile?: RequestProfile | undefined;
}

/** The host a provider will use: the option, then OLLAMA_HOST, then the default. */
export function resolveOllamaHost(
  host: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const fromOption = host?.trim();
  if (fromOption) return fromOption;
  const fromEnv = env['OLLAMA_HOST']?.trim();
  if (fromEnv) return fromEnv;
  return DEFAULT_OLLAMA_HOST;
}

/** A ModelProvider that talks to Ollama's /api/chat. */
export function createOllamaProvider(options: OllamaProviderOptions): ModelProvider {
  const host = resolveOllamaHost(options.host, options.env);
  const profile = options.profile ?? requestProfile({ provider: 'ollama', model: options.model });
  const maxOutputTokens = profile.maxOutputTokens;
  const charCap = answerCharCap(maxOutputTokens);
  const baseFetch = capResponseBody(
    options.fetch ?? globalThis.fetch,
    bodyByteCap(maxOutputTokens, 'ollama'),
  );
  const where = `Ollama model ${options.model} at ${host}`;

  async function chat(request: ChatRequest): Promise<ChatResult> {
    const started = performance.now();
    const promptChars = request.messages.reduce((n, m) => n + m.content.length, 0);
    const promptTokens = Math.ceil(promptChars / CHARS_PER_TOKEN);
    const numCtx = ollamaWindow(profile, request.contextTokens, promptTokens);
    if (promptTokens + maxOutputTokens > numCtx) {
      // Ollama would cut the prompt's start silently to fit; refuse before the call instead.
      throw new ModelError(
        `${where}: the prompt (about ${promptTokens} tokens) and the output cap (${maxOutputTokens}) do not fit the window of ${numCtx} tokens (num_ctx)`,
        { errorClass: 'context-overflow' },
        {
          retryable: false,
          hint: `Raise models.${options.modelId}.request.contextWindow, or lower context.maxTokens or request.maxOutputTokens.`,
        },
      );
    }
    const deadline = new CallDeadline(request.signal);
    if (deadline.stop) throw stopError(deadline.stop, where, undefined, COLD_LOAD_HINT);
    // Ollama writes its headers only once the model is loaded and the first token is out, so a
    // cold load happens before the headers: the wait for headers and for the first token are
    // one phase here, bounded by firstTokenMs. (connectMs cannot be told apart through fetch.)
    deadline.arm('first-token', request.timeouts.firstTokenMs);
    deadline.arm('total', request.timeouts.totalMs);

    // A client per call: the client only passes an abort signal to fetch for streamed calls and
    // only hands it out once the headers are in. Linking our signal in through fetch makes every
    // phase (connect, headers, body) abortable.
    const seen: { headers?: Headers } = {};
    const client = new Ollama({ host, fetch: linkSignal(baseFetch, deadline.signal, seen) });
    let text = '';
    let oversize = false;
    let final: ChatResponse | undefined;
    let chunks = 0;
    try {
      const stream = await client.chat({
        model: options.model,
        messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
        // The shape only: grammar conversion chokes on large bounds; parse-answer checks them.
        format: grammarSchema(request.schema) as Record<string, unknown>,
        stream: true,
        ...(options.keepAlive === undefined ? {} : { keep_alive: options.keepAlive }),
        options: {
          ...(profile.temperature === undefined ? {} : { temperature: profile.temperature }),
          num_predict: maxOutputTokens,
          num_ctx: numCtx,
        },
      });
      for await (const part of stream) {
        if (chunks === 0) deadline.disarm('first-token');
        chunks += 1;
        const piece = part.message?.content ?? '';
        if (piece !== '') {
          if (text.length + piece.length > charCap) {
            oversize = true;
            deadline.abandon();
            throw tooLargeError(where, 'characters', charCap);
          }
          text += piece;
          reportProgress(request, text.length);
        }
        if (part.done) final = part;
      }
    } catch (error) {
      if (oversize && error instanceof ModelError) throw error;
      const tooBig = bodyTooLarge(error);
      if (tooBig) throw tooLargeError(where, 'bytes of response', tooBig.cap);
      throw deadline.stop
        ? stopError(deadline.stop, where, error, COLD_LOAD_HINT)
        : mapOllamaError(error, {
            where,
            host,
            model: options.model,
            streaming: chunks > 0,
            headers: seen.headers,
          });
    } finally {
      deadline.dispose();
    }
    if (deadline.stop) throw stopError(deadline.stop, where, undefined, COLD_LOAD_HINT);
    if (!final) {
      // The client throws when the stream ends without `done`; this guards a client change.
      throw new ModelError(
        `${where}: the answer stream ended before Ollama said it was done`,
        { errorClass: 'connection' },
        { retryable: true },
      );
    }
    return {
      text,
      usage: {
        // Ollama leaves prompt_eval_count out when the whole prompt came from its cache.
        inputTokens: final.prompt_eval_count ?? 0,
        outputTokens: final.eval_count ?? 0,
        cachedInputTokens: 0,
      },
      durationMs: Math.round(performance.now() - started),
      model: final.model || options.model,
      truncated: final.done_reason === 'length',
    };
  }

  return {
    specificationVersion: MODEL_SPEC_VERSION,
    provider: 'ollama',
    modelId: options.modelId,
    model: options.model,
    endpoint: host,
    maxOutputTokens,
    chat,
  };
}

function reportProgress(request: ChatRequest, chars: number): void {
  try {
    request.onProgress?.(chars);
  } catch {
    // A progress display must never fail a model call that is otherwise going fine.
  }
}

/**
 * fetch with our signal joined to whatever signal the client passes; keeps the response headers
 * in `seen`, since the client's ResponseError drops them (Retry-After is read from there).
 */
function linkSignal(
  base: typeof fetch,
  signal: AbortSignal,
  seen: { headers?: Headers },
): typeof fetch {
  return async (input, init) => {
    const response = await base(input, {
      ...init,
      signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal,
    });
    seen.headers = response.headers;
    return response;
  };
}

interface MapContext {
  readonly where: string;
  readonly host: string;
  readonly model: string;
  /** Whether answer chunks had started to arrive. */
  readonly streaming: boolean;
  /** The response headers, when a response came. */
  readonly headers?: Headers | undefined;
}

/** The `ollama` client's HTTP error: `error` is the body's message, `status_code` the status. */
interface OllamaResponseError {
  readonly name: 'ResponseError';
  readonly error: string;
  readonly status_code: number;
}

function isResponseError(error: unknown): error is OllamaResponseError {
  return (
    error instanceof Error &&
    error.name === 'ResponseError' &&
    typeof (error as Partial<OllamaResponseError>).status_code === 'number'
  );
}

/** The message the client throws when the NDJSON stream ends without a `done` chunk. */
const STREAM_UNFINISHED = 'Did not receive done or success response in stream.';

function mapOllamaError(error: unknown, ctx: MapContext): ModelError {
  const { where } = ctx;
  const fail = (
    errorClass: ModelErrorClass,
    message: string,
    retryable: boolean,
    extra: Extra = {},
  ) =>
    new ModelError(
      `${where}: ${message}`,
      { errorClass, status: extra.status, retryAfterMs: extra.retryAfterMs },
      { cause: error, retryable, hint: extra.hint },
    );

  if (isResponseError(error)) {
    const status = error.status_code;
    const said = error.error;
    if (status === 404 && !/model/i.test(said)) {
      // A 404 that does not mention a model comes from the router: this host is not Ollama's API.
      return fail('not-found', `no Ollama API here (${status}: ${said})`, false, {
        status,
        hint: `The server at ${ctx.host} does not answer /api/chat; check the model's host (or OLLAMA_HOST).`,
      });
    }
    if (status === 404) {
      return fail('not-found', `model not found (${status}: ${said})`, false, {
        status,
        hint: `Run \`ollama pull ${ctx.model}\` on the machine at ${ctx.host}, or fix the model name in the config.`,
      });
    }
    // A full queue (OLLAMA_MAX_QUEUE) is expected under load: back off and come back.
    // Retry-After is honoured as for OpenAI: a proxy or ollama.com in front may send it.
    const retryAfterMs = parseRetryAfterMs(ctx.headers, Date.now());
    if (status === 503)
      return fail('overloaded', `server busy (${status}: ${said})`, true, {
        status,
        retryAfterMs,
      });
    if (status === 429)
      return fail('rate-limited', `rate limited (${status}: ${said})`, true, {
        status,
        retryAfterMs,
      });
    if (status === 401 || status === 403) {
      return fail('auth', `not authorised (${status}: ${said})`, false, {
        status,
        hint: 'For ollama.com models, sign in with `ollama signin` or set OLLAMA_API_KEY.',
      });
    }
    if (status === 408)
      return fail('timeout', `server timed out (${status}: ${said})`, true, { status });
    if (status === 499)
      return fail('cancelled', `request cancelled (${status}: ${said})`, false, { status });
    if (status >= 500)
      return fail('server', `server error (${status}: ${said})`, true, { status, retryAfterMs });
    return fail('bad-request', `request refused (${status}: ${said})`, false, {
      status,
      hint: 'Ollama rejected the request itself; check the model supports chat and structured output.',
    });
  }

  const code = networkCode(error);
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return fail('timeout', `transport timed out (${code})`, true, {
      hint: 'Node fetch has its own header and body timeouts (5 min); keep firstTokenMs below them.',
    });
  }
  const connectionHint = `Is Ollama running at ${ctx.host}? Start it with \`ollama serve\`, or set the model's host (or OLLAMA_HOST) to where it listens.`;
  if (error instanceof Error && error.message === STREAM_UNFINISHED) {
    return fail('connection', 'the answer stream ended before Ollama said it was done', true);
  }
  if (error instanceof TypeError && error.message === 'terminated') {
    return fail('connection', `the connection dropped mid-answer${code ? ` (${code})` : ''}`, true);
  }
  if (code !== undefined) {
    return ctx.streaming
      ? fail('connection', `the connection dropped mid-answer (${code})`, true)
      : fail('connection', `cannot connect (${code})`, true, { hint: connectionHint });
  }
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) {
    return fail('connection', `cannot connect (${describeCause(error)})`, true, {
      hint: connectionHint,
    });
  }
  if (error instanceof Error && error.constructor === Error && ctx.streaming) {
    // Ollama reports failures after the first chunk as an `{"error": ...}` line; the client
    // rethrows it as a plain Error. The runner crashed or ran out of memory: worth one more go.
    return fail('server', `error during the answer: ${error.message}`, true);
  }
  if (error instanceof Error && error.message === 'Missing body') {
    return fail('server', 'the server sent no response body', true);
  }
  return fail(
    'server',
    `unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
    false,
  );
}

interface Extra {
  readonly status?: number | undefined;
  readonly retryAfterMs?: number | undefined;
  readonly hint?: string | undefined;
}

function describeCause(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message;
}
